import { relative } from 'node:path';
import type { Argv } from 'yargs';
import { generationTargets, withGenerationOptions } from './generation-options.js';
import { printDiagnostics, reportFailure, type Io } from './io.js';

export function checkCommand(yargs: Argv, io: Io) {
  return yargs.command(
    'check',
    'Check that committed SDKs are what the spec generates today (exit 1 with a diff when stale); writes nothing',
    (y) =>
      withGenerationOptions(y)
        .option('out', { type: 'string', describe: 'The generated SDK folder to check (default: sdk, or each config target\'s output)' })
        .option('max-lines', { type: 'number', default: 200, describe: 'Diff lines to print at most' })
        .option('verbose', { type: 'boolean', default: false, describe: 'Print every diagnostic' }),
    async (argv) => {
      const targets = await generationTargets(argv, io);
      if (!targets) return;
      const { checkOutput } = await import('../check/check-output.js');
      const { formatComparison } = await import('../check/format-comparison.js');
      let stale = false;
      for (const target of targets) {
        const where = argv.out ?? (relative(io.cwd, target.output) || '.');
        const result = await checkOutput(target.config, target.output);
        if (!result.ok) return reportFailure(io, result.diagnostics, targets.length > 1 ? target.name : undefined);
        if (argv.verbose) printDiagnostics(io, result.diagnostics, true);
        const stamp = `spec sha256:${result.specHash.slice(0, 16)}`;
        if (result.current) {
          io.out(`${where} is current: ${result.comparison.unchanged} generated files match (${stamp}).`);
          continue;
        }
        stale = true;
        io.out(`${where} is stale: regenerating from the spec (${stamp}) gives different files.`);
        for (const line of formatComparison(result.comparison, { maxLines: argv['max-lines'] })) io.out(line);
        io.out(`Run \`voipbin-sdkgen generate\` with the same options and --out ${where} to update it, and commit the result.`);
      }
      if (stale) io.exit(1);
    },
  );
}
