import { relative } from 'node:path';
import type { Argv } from 'yargs';
import type { LoadedTarget } from '../config/load-config.js';
import { generationTargets, withGenerationOptions } from './generation-options.js';
import { reportFailure, printDiagnostics, type Io } from './io.js';
import type { WatchOptions } from './watch-generate.js';

export function generateCommand(yargs: Argv, io: Io) {
  return yargs.command(
    'generate',
    'Generate the SDKs of the config file (voipbin-sdkgen.config.*), or one SDK from --spec (the embedded example when neither is there)',
    (y) =>
      withGenerationOptions(y)
        .option('out', { type: 'string', describe: 'Output folder (default: sdk, or each target\'s output)' })
        .option('force', { type: 'boolean', default: false, describe: 'Write into a non-empty folder that has no voipbin-sdkgen manifest' })
        .option('verbose', { type: 'boolean', default: false, describe: 'Print every diagnostic' })
        .option('watch', { type: 'boolean', default: false, describe: 'Regenerate whenever a spec file or reasons catalog changes (Ctrl-C to stop)' })
        .option('cache', { type: 'boolean', default: true, describe: 'Skip a target whose inputs, options, generator and output are unchanged since its last generation (--no-cache to regenerate anyway)' }),
    async (argv) => {
      const targets = await generationTargets(argv, io);
      if (!targets) return;
      const where = (target: LoadedTarget) => argv.out ?? (relative(io.cwd, target.output) || '.');
      if (argv.watch) {
        const options = targets.map((target) => ({ config: target.config, out: target.output, label: where(target), force: argv.force, verbose: argv.verbose }));
        return watchUntilInterrupted(io, options);
      }
      // The freshness check reads hashes only; the emitters and prettier load when a target is stale.
      const { previousFormat, upToDate, upToDateMessage, withCache } = await import('../incremental/cli-cache.js');
      for (const target of targets) {
        if (argv.cache && upToDate(target.output, target.config)) {
          io.out(upToDateMessage(where(target)));
          continue;
        }
        // Loaded on use, so `inspect` and `--help` do not pay for the emitters and prettier.
        const { generate } = await import('../generate.js');
        const { OutputRefusedError, writeOutput } = await import('../write/write-output.js');
        const result = await generate(target.config, { previous: argv.cache ? previousFormat(target.output, target.config) : undefined });
        if (!result.ok) return reportFailure(io, result.diagnostics, targets.length > 1 ? target.name : undefined);
        printDiagnostics(io, result.diagnostics, argv.verbose);
        try {
          const written = writeOutput(target.output, withCache(target.output, result), { force: argv.force, cwd: io.cwd });
          const { stats } = result;
          io.out(
            `Generated ${written.written} files in ${where(target)} from ${result.config.spec}: ${stats.operations} operations, ` +
              `${stats.resources} resources, ${stats.schemas} models, ${stats.paginated} paginated, ${stats.reasons} error reasons (${Math.round(stats.timings.total)} ms).` +
              (written.removed.length ? ` Removed ${written.removed.length} stale file(s).` : '') +
              (written.kept.length ? ` Kept ${written.kept.length} file(s) of your own.` : ''),
          );
        } catch (error) {
          if (error instanceof OutputRefusedError) {
            io.err(`error output-refused: ${error.message}`);
            return io.exit(1);
          }
          throw error;
        }
      }
    },
  );
}

/** Watches every selected target until SIGINT/SIGTERM. */
async function watchUntilInterrupted(io: Io, targets: WatchOptions[]): Promise<void> {
  const { watchGenerate } = await import('./watch-generate.js');
  const stop = new AbortController();
  const interrupt = () => stop.abort();
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    await Promise.all(targets.map((options) => watchGenerate(io, options, stop.signal)));
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
  }
}
