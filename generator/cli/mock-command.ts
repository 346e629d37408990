import type { Argv } from 'yargs';
import { printDiagnostics, reportFailure, type Io } from './io.js';

export function mockCommand(yargs: Argv, io: Io) {
  return yargs.command(
    'mock',
    'Serve a stateful mock of the API (records in memory, request validation, optional auth and fault injection)',
    (y) =>
      y
        .option('spec', { type: 'string', describe: 'Spec file or URL (default: the embedded example)' })
        .option('reasons', { type: 'string', array: true, describe: 'Error-reason catalog (VoIPBIN .rst, .json or .yaml); repeatable' })
        .option('host', { type: 'string', default: '127.0.0.1', describe: 'Interface to listen on' })
        .option('port', { type: 'number', default: 4010, describe: 'Port (0 picks a free one)' })
        .option('seed', { type: 'number', default: 1, describe: 'Seed for record data, ids and faults' })
        .option('latency', { type: 'number', default: 0, describe: 'Milliseconds added before every response' })
        .option('fail-rate', { type: 'number', default: 0, describe: 'Share of requests (0-1) answered 503 or 429 with Retry-After' })
        .option('retry-after', { type: 'number', default: 1, describe: 'Seconds sent in Retry-After with injected faults' })
        .option('auth', { type: 'boolean', default: false, describe: 'Answer 401 without Authorization: Bearer or ?accesskey=' })
        .option('preload', { type: 'number', default: 3, describe: 'Records each collection starts with' }),
    async (argv) => {
      const problem = flagProblem(argv);
      if (problem) {
        io.err(`error bad-flag: ${problem}`);
        io.exit(1);
        return;
      }
      // Loaded on use, so other commands do not pay for them.
      const { resolveConfig } = await import('../config/config.js');
      const { buildApi } = await import('../build-api.js');
      const { startMockServer } = await import('../mock-server/server.js');
      const { STORE_LIMITS } = await import('../mock-server/store.js');
      const config = resolveConfig({ ...(argv.spec !== undefined ? { spec: argv.spec } : {}), ...(argv.reasons !== undefined ? { reasons: argv.reasons } : {}), cwd: io.cwd });
      const built = await buildApi(config);
      if (!built.ok) return reportFailure(io, built.diagnostics);
      printDiagnostics(io, built.diagnostics, false);
      const server = await startMockServer(built.ir, {
        host: argv.host,
        port: argv.port,
        seed: argv.seed,
        latency: argv.latency,
        failRate: argv['fail-rate'],
        retryAfter: argv['retry-after'],
        auth: argv.auth,
        preload: Math.floor(argv.preload),
      });
      io.out(
        `Mock of ${built.ir.meta.title} ${built.ir.meta.version} listening on ${server.url} (${built.ir.operations.length} operations; ` +
          `at most ${STORE_LIMITS.items} records / ${STORE_LIMITS.bytes / 1024 / 1024} MiB kept, oldest dropped first). Ctrl-C stops it.`,
      );
      const stop = () => {
        const { requests, faults } = server.api.stats;
        void server.close().then(() => io.out(`Stopped after ${requests} request(s), ${faults} injected fault(s).`));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
  );
}

/** What is wrong with the numeric flags, if anything. */
function flagProblem(argv: { port: number; 'fail-rate': number; latency: number; 'retry-after': number; preload: number }): string | undefined {
  if (!(argv['fail-rate'] >= 0 && argv['fail-rate'] <= 1)) return `--fail-rate must be between 0 and 1, got ${argv['fail-rate']}`;
  if (!Number.isInteger(argv.port) || argv.port < 0 || argv.port > 65535) return `--port must be an integer from 0 to 65535, got ${argv.port}`;
  for (const name of ['latency', 'retry-after', 'preload'] as const) if (!(argv[name] >= 0)) return `--${name} must be 0 or more, got ${argv[name]}`;
  return undefined;
}
