import type { Argv } from 'yargs';
import type { SdkgenConfig } from '../config/config.js';
import { printDiagnostics, reportFailure, type Io } from './io.js';

export function diffCommand(yargs: Argv, io: Io) {
  return yargs.command(
    'diff',
    'Report what changes for SDK users between two versions of a spec: breaking or not, and the semver bump',
    (y) =>
      y
        .option('from', { type: 'string', demandOption: true, describe: 'The old spec (file or URL)' })
        .option('to', { type: 'string', demandOption: true, describe: 'The new spec (file or URL)' })
        .option('reasons', { type: 'string', array: true, describe: 'Error-reason catalog applied to both specs; repeatable' })
        .option('naming', { choices: ['path', 'operationId'] as const, default: 'path' as const, describe: 'How methods are named' })
        .option('json', { type: 'boolean', default: false, describe: 'Print the report as JSON instead of Markdown' })
        .option('fail-on', { choices: ['breaking', 'minor', 'none'] as const, default: 'none' as const, describe: 'Exit 1 when the changes reach this level' })
        .option('verbose', { type: 'boolean', default: false, describe: 'Print the specs\' diagnostics' }),
    async (argv) => {
      const { diffSpecs, failsAt } = await import('../diff/diff-specs.js');
      const { formatMarkdown } = await import('../diff/format-markdown.js');
      const config = (spec: string): SdkgenConfig => ({ spec, naming: argv.naming, cwd: io.cwd, reasons: argv.reasons ?? [] });
      const result = await diffSpecs(config(argv.from), config(argv.to));
      if (!result.ok) return reportFailure(io, result.diagnostics);
      if (argv.verbose) printDiagnostics(io, result.diagnostics, true);
      io.out(argv.json ? JSON.stringify(result.report, null, 2) : formatMarkdown(result.report));
      if (failsAt(result.report, argv['fail-on'])) {
        io.err(`diff: the changes imply a ${result.report.bump} release (--fail-on ${argv['fail-on']}).`);
        io.exit(1);
      }
    },
  );
}
