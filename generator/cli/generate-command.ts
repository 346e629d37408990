import type { Argv } from 'yargs';
import { generateTargets, outputShown } from './generate-targets.js';
import { generationTargets, withGenerationOptions } from './generation-options.js';
import type { Io } from './io.js';
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
      if (argv.watch) {
        const options = targets.map((target) => ({ config: target.config, out: target.output, label: outputShown(target, argv.out, io.cwd), force: argv.force, verbose: argv.verbose }));
        return watchUntilInterrupted(io, options);
      }
      await generateTargets(targets, { out: argv.out, force: argv.force, verbose: argv.verbose, cache: argv.cache }, io);
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
