import { relative } from 'node:path';
import type { Argv } from 'yargs';
import { ConfigError } from '../config/config-file.js';
import { BUILTIN_FLAVORS } from '../flavors/index.js';
import type { BuiltinFlavorName } from '../flavors/types.js';
import { reportFailure, printDiagnostics, type Io } from './io.js';
import { resolveTargets } from './targets.js';

export function generateCommand(yargs: Argv, io: Io) {
  return yargs.command(
    'generate',
    'Generate the SDKs of the config file (voipbin-sdkgen.config.*), or one SDK from --spec (the embedded example when neither is there)',
    (y) =>
      y
        .option('config', { type: 'string', describe: 'Config file (default: the nearest voipbin-sdkgen.config.{ts,mjs,js,json} when --spec is not given)' })
        .option('sdk', { type: 'string', array: true, describe: 'Generate only these targets of the config file (by name); repeatable' })
        .option('spec', { type: 'string', describe: 'Spec file (JSON or YAML, one file or the root of many) or http(s) URL' })
        .option('out', { type: 'string', describe: 'Output folder (default: sdk, or each target\'s output)' })
        .option('reasons', { type: 'string', array: true, describe: 'Error-reason catalog (VoIPBIN .rst, .json or .yaml); repeatable' })
        .option('flavor', { choices: Object.keys(BUILTIN_FLAVORS) as BuiltinFlavorName[], describe: 'Built-in flavor (default: full)' })
        .option('naming', { choices: ['path', 'operationId'] as const, describe: 'How methods are named (default: path)' })
        .option('package-name', { type: 'string', describe: 'Name of the generated package' })
        .option('format', { type: 'boolean', describe: 'Run prettier over the output (--no-format to skip)' })
        .option('force', { type: 'boolean', default: false, describe: 'Write into a non-empty folder that has no voipbin-sdkgen manifest' })
        .option('verbose', { type: 'boolean', default: false, describe: 'Print every diagnostic' }),
    async (argv) => {
      let targets;
      try {
        ({ targets } = await resolveTargets({ ...argv, packageName: argv['package-name'] }, io.cwd));
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        io.err(`error config: ${error.message}`);
        return io.exit(1);
      }
      // Loaded on use, so `inspect` and `--help` do not pay for ts-morph and prettier.
      const { generate } = await import('../generate.js');
      const { OutputRefusedError, writeOutput } = await import('../write/write-output.js');
      for (const target of targets) {
        const result = await generate(target.config);
        if (!result.ok) return reportFailure(io, result.diagnostics, targets.length > 1 ? target.name : undefined);
        printDiagnostics(io, result.diagnostics, argv.verbose);
        const where = argv.out ?? (relative(io.cwd, target.output) || '.');
        try {
          const written = writeOutput(target.output, result.files, { force: argv.force, cwd: io.cwd });
          const { stats } = result;
          io.out(
            `Generated ${written.written} files in ${where} from ${result.config.spec}: ${stats.operations} operations, ` +
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
