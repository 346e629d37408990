import type { SdkgenConfig } from '../config/config.js';
import { summariseDiagnostics } from '../diagnostics/format-diagnostics.js';
import { FileWatcher, Regenerator, type RegenerationOutcome } from '../incremental/index.js';
import { printDiagnostics, type Io } from './io.js';

export interface WatchOptions {
  config: SdkgenConfig;
  out: string;
  /** How messages name the output folder (default: `out`). */
  label?: string;
  force: boolean;
  verbose: boolean;
}

/**
 * `generate --watch`: brings the SDK up to date (only if an input changed
 * since the last generation), then regenerates whenever a spec file or a
 * reasons catalog changes, until `stop` fires (SIGINT/SIGTERM).
 */
export async function watchGenerate(io: Io, options: WatchOptions, stop: AbortSignal): Promise<void> {
  const regenerator = new Regenerator({ config: options.config, out: options.out, force: options.force });
  const watcher = new FileWatcher(() => void check());
  async function check(): Promise<void> {
    try {
      report(io, options, await regenerator.ensureFresh());
    } catch (error) {
      io.err(`voipbin-sdkgen: internal error: ${error instanceof Error ? error.stack : String(error)}`);
    }
    if (!stop.aborted) watcher.watchFiles(regenerator.watchFiles());
  }

  await check();
  if (!stop.aborted) io.out(`Watching ${regenerator.watchFiles().length} file(s) for changes. Press Ctrl-C to stop.`);
  await new Promise<void>((resolve) => (stop.aborted ? resolve() : stop.addEventListener('abort', () => resolve(), { once: true })));
  watcher.close();
  io.out('Stopped watching.');
}

function report(io: Io, options: WatchOptions, outcome: RegenerationOutcome): void {
  const where = options.label ?? options.out;
  switch (outcome.status) {
    case 'up-to-date':
      io.out(`${where} is up to date: no input changed since it was generated.`);
      return;
    case 'generated': {
      printDiagnostics(io, outcome.newWarnings, options.verbose);
      const { stats, written } = outcome;
      io.out(
        `Generated ${written.written} files in ${where} (${outcome.reason}): ${stats.operations} operations, ` +
          `${stats.schemas} models (${Math.round(stats.timings.total)} ms).`,
      );
      return;
    }
    case 'failed':
      printDiagnostics(io, outcome.newWarnings, options.verbose);
      for (const line of summariseDiagnostics(outcome.problems)) io.err(line);
      io.err(`Generation stopped (${outcome.reason}): ${outcome.problems.length} problem(s) to fix; ${where} is unchanged. Waiting for changes.`);
  }
}
