import { relative } from 'node:path';
import type { LoadedTarget } from '../config/load-config.js';
import type { Freshness } from '../incremental/check-freshness.js';
import { cacheWriter, freshness, previousRun, upToDateMessage } from '../incremental/cli-cache.js';
import { reportFailure, printDiagnostics, type Io } from './io.js';

/** The `generate` flags that are not generation options. */
export interface GenerateFlags {
  out?: string | undefined;
  force: boolean;
  verbose: boolean;
  cache: boolean;
}

/** How messages name a target's output folder: as --out gave it, else relative to the working directory. */
export function outputShown(target: LoadedTarget, out: string | undefined, cwd: string): string {
  return out ?? (relative(cwd, target.output) || '.');
}

/**
 * Generates and writes each target, or says it is up to date; stops at the first that fails. `checked`: each
 * target's freshness, when the caller checked it already.
 */
export async function generateTargets(targets: LoadedTarget[], flags: GenerateFlags, io: Io, checked?: Freshness[]): Promise<void> {
  const where = (target: LoadedTarget) => outputShown(target, flags.out, io.cwd);
  for (const [index, target] of targets.entries()) {
    const fresh = flags.cache ? (checked?.[index] ?? freshness(target.output, target.config)) : undefined;
    if (fresh && fresh.staleBecause === undefined) {
      io.out(upToDateMessage(where(target)));
      continue;
    }
    const { generate } = await import('../generate.js');
    const { OutputRefusedError, writeOutput } = await import('../write/write-output.js');
    const result = await generate(target.config, flags.cache ? previousRun(target.output, target.config) : {});
    if (!result.ok) return reportFailure(io, result.diagnostics, targets.length > 1 ? target.name : undefined);
    printDiagnostics(io, result.diagnostics, flags.verbose);
    try {
      const lastFiles = cacheWriter(target.output, result, fresh);
      const written = writeOutput(target.output, result.files, { force: flags.force, cwd: io.cwd, lastFiles });
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
}
