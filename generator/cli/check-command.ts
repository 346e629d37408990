import type { Argv } from 'yargs';
import { generationConfig, withGenerationOptions } from './generation-options.js';
import { printDiagnostics, reportFailure, type Io } from './io.js';

export function checkCommand(yargs: Argv, io: Io) {
  return yargs.command(
    'check',
    'Check that a committed SDK is what the spec generates today (exit 1 with a diff when stale); writes nothing',
    (y) =>
      withGenerationOptions(y)
        .option('out', { type: 'string', demandOption: true, describe: 'The generated SDK folder to check' })
        .option('max-lines', { type: 'number', default: 200, describe: 'Diff lines to print at most' })
        .option('verbose', { type: 'boolean', default: false, describe: 'Print every diagnostic' }),
    async (argv) => {
      const { checkOutput } = await import('../check/check-output.js');
      const { formatComparison } = await import('../check/format-comparison.js');
      const result = await checkOutput(generationConfig(argv, io.cwd), argv.out);
      if (!result.ok) return reportFailure(io, result.diagnostics);
      if (argv.verbose) printDiagnostics(io, result.diagnostics, true);
      const stamp = `spec sha256:${result.specHash.slice(0, 16)}`;
      if (result.current) {
        io.out(`${argv.out} is current: ${result.comparison.unchanged} generated files match (${stamp}).`);
        return;
      }
      io.out(`${argv.out} is stale: regenerating from the spec (${stamp}) gives different files.`);
      for (const line of formatComparison(result.comparison, { maxLines: argv['max-lines'] })) io.out(line);
      io.out(`Run \`voipbin-sdkgen generate\` with the same options and --out ${argv.out} to update it, and commit the result.`);
      io.exit(1);
    },
  );
}
