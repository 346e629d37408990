import type { Argv } from 'yargs';
import { reportFailure, printDiagnostics, type Io } from './io.js';

export function generateCommand(yargs: Argv, io: Io) {
  return yargs.command(
    'generate',
    'Generate a TypeScript SDK (the embedded example spec when --spec is not given)',
    (y) =>
      y
        .option('spec', { type: 'string', describe: 'Spec file (JSON or YAML, one file or the root of many) or http(s) URL' })
        .option('out', { type: 'string', default: 'sdk', describe: 'Output folder' })
        .option('reasons', { type: 'string', array: true, describe: 'Error-reason catalog (VoIPBIN .rst, .json or .yaml); repeatable' })
        .option('naming', { choices: ['path', 'operationId'] as const, default: 'path' as const, describe: 'How methods are named' })
        .option('package-name', { type: 'string', describe: 'Name of the generated package' })
        .option('seed', { type: 'number', describe: 'Seed for the mock fixtures (default 1)' })
        .option('format', { type: 'boolean', default: true, describe: 'Run prettier over the output (--no-format to skip)' })
        .option('force', { type: 'boolean', default: false, describe: 'Write into a non-empty folder that has no voipbin-sdkgen manifest' })
        .option('verbose', { type: 'boolean', default: false, describe: 'Print every diagnostic' }),
    async (argv) => {
      // Loaded on use, so `inspect` and `--help` do not pay for ts-morph and prettier.
      const { generate } = await import('../generate.js');
      const { OutputRefusedError, writeOutput } = await import('../write/write-output.js');
      const result = await generate({
        ...(argv.spec !== undefined ? { spec: argv.spec } : {}),
        ...(argv.reasons !== undefined ? { reasons: argv.reasons } : {}),
        ...(argv['package-name'] !== undefined ? { packageName: argv['package-name'] } : {}),
        ...(argv.seed !== undefined ? { seed: argv.seed } : {}),
        naming: argv.naming,
        format: argv.format,
        cwd: io.cwd,
      });
      if (!result.ok) return reportFailure(io, result.diagnostics);
      printDiagnostics(io, result.diagnostics, argv.verbose);
      try {
        const written = writeOutput(argv.out, result.files, { force: argv.force, cwd: io.cwd });
        const { stats } = result;
        io.out(
          `Generated ${written.written} files in ${argv.out} from ${result.config.spec}: ${stats.operations} operations, ` +
            `${stats.resources} resources, ${stats.schemas} models, ${stats.paginated} paginated, ${stats.reasons} error reasons (${Math.round(stats.timings.total)} ms).` +
            (written.removed.length ? ` Removed ${written.removed.length} stale file(s).` : '') +
            (written.kept.length ? ` Kept ${written.kept.length} file(s) of your own.` : ''),
        );
      } catch (error) {
        if (error instanceof OutputRefusedError) {
          io.err(`error output-refused: ${error.message}`);
          io.exit(1);
          return;
        }
        throw error;
      }
    },
  );
}
