import type { Argv } from 'yargs';
import { generationConfig, withGenerationOptions } from './generation-options.js';
import { reportFailure, printDiagnostics, type Io } from './io.js';
import type { WatchOptions } from './watch-generate.js';

export function generateCommand(yargs: Argv, io: Io) {
  return yargs.command(
    'generate',
    'Generate a TypeScript SDK (the embedded example spec when --spec is not given)',
    (y) =>
      withGenerationOptions(y)
        .option('out', { type: 'string', default: 'sdk', describe: 'Output folder' })
        .option('force', { type: 'boolean', default: false, describe: 'Write into a non-empty folder that has no voipbin-sdkgen manifest' })
        .option('verbose', { type: 'boolean', default: false, describe: 'Print every diagnostic' })
        .option('watch', { type: 'boolean', default: false, describe: 'Regenerate whenever a spec file or reasons catalog changes (Ctrl-C to stop)' }),
    async (argv) => {
      const config = generationConfig(argv, io.cwd);
      if (argv.watch) return watchUntilInterrupted(io, { config, out: argv.out, force: argv.force, verbose: argv.verbose });
      // Loaded on use, so `inspect` and `--help` do not pay for ts-morph and prettier.
      const { generate } = await import('../generate.js');
      const { OutputRefusedError, writeOutput } = await import('../write/write-output.js');
      const result = await generate(config);
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

async function watchUntilInterrupted(io: Io, options: WatchOptions): Promise<void> {
  const { watchGenerate } = await import('./watch-generate.js');
  const stop = new AbortController();
  const interrupt = () => stop.abort();
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    await watchGenerate(io, options, stop.signal);
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
  }
}
