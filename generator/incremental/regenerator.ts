import { resolve } from 'node:path';
import { resolveConfig, type ResolvedConfig, type SdkgenConfig } from '../config/config.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { generate, type GenerateStats } from '../generate.js';
import { isUrl } from '../load/read-source.js';
import { OutputRefusedError, writeOutput, type WriteResult } from '../write/write-output.js';
import { cacheWriter } from './cache-writer.js';
import { checkFreshness } from './check-freshness.js';
import { previousRun } from './previous-run.js';

export interface RegeneratorOptions {
  config: SdkgenConfig;
  /** Output folder, relative to `config.cwd`. */
  out: string;
  /** Write into a non-empty folder that has no voipbin-sdkgen manifest. */
  force?: boolean;
}

export type RegenerationOutcome =
  | { status: 'up-to-date' }
  | { status: 'generated'; reason: string; stats: GenerateStats; written: WriteResult; newWarnings: Diagnostic[] }
  | { status: 'failed'; reason: string; problems: Diagnostic[]; newWarnings: Diagnostic[] };

/** Counters a shell (plugin, watch command) or a test can read. */
export interface RegeneratorStats {
  /** Freshness checks, one per build start or file change. */
  checks: number;
  /** Runs of generate(), successful or not: the generation work done. */
  generations: number;
  failures: number;
  upToDate: number;
  lastTimings?: GenerateStats['timings'];
}

/**
 * Keeps one SDK folder in step with its inputs: each `ensureFresh()` checks
 * the content-hash cache beside the output and runs generate() + writeOutput()
 * only when something the SDK depends on changed. Calls are serialised, so a
 * burst of change events regenerates once. State belongs to this instance.
 */
export class Regenerator {
  readonly stats: RegeneratorStats = { checks: 0, generations: 0, failures: 0, upToDate: 0 };
  readonly outDir: string;
  private readonly config: ResolvedConfig;
  private readonly userConfig: SdkgenConfig;
  private readonly force: boolean;
  private inputs: string[] = [];
  private readonly warned = new Set<string>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: RegeneratorOptions) {
    this.config = resolveConfig(options.config);
    this.userConfig = { ...options.config, cwd: this.config.cwd };
    this.outDir = resolve(this.config.cwd, options.out);
    this.force = options.force ?? false;
  }

  /** Local files the SDK depends on, as far as known (after the first check): what to watch. */
  watchFiles(): string[] {
    return this.inputs.filter((file) => !isUrl(file));
  }

  ensureFresh(): Promise<RegenerationOutcome> {
    const next = this.queue.then(() => this.run());
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async run(): Promise<RegenerationOutcome> {
    this.stats.checks++;
    const freshness = checkFreshness(this.outDir, this.config);
    if (freshness.staleBecause === undefined) {
      this.inputs = [...freshness.hashes.keys()];
      this.stats.upToDate++;
      return { status: 'up-to-date' };
    }
    const reason = freshness.staleBecause;
    this.stats.generations++;
    const result = await generate(this.userConfig, previousRun(this.outDir, this.config));
    this.inputs = [...new Set([...result.inputs, ...result.diagnostics.flatMap((diagnostic) => (diagnostic.file ? [diagnostic.file] : []))])];
    const newWarnings = this.unseenWarnings(result.diagnostics);
    if (!result.ok) return this.failed(reason, result.diagnostics.filter(isProblem), newWarnings);

    // Hashes taken before generating: an edit made while generate() ran is seen as a change next time.
    const lastFiles = cacheWriter(this.outDir, result, freshness);
    try {
      const written = writeOutput(this.outDir, result.files, { force: this.force, cwd: this.config.cwd, lastFiles });
      this.stats.lastTimings = result.stats.timings;
      return { status: 'generated', reason, stats: result.stats, written, newWarnings };
    } catch (error) {
      if (!(error instanceof OutputRefusedError)) throw error;
      return this.failed(reason, [{ code: 'output-refused', severity: 'fatal', message: error.message, file: this.outDir }], newWarnings);
    }
  }

  private failed(reason: string, problems: Diagnostic[], newWarnings: Diagnostic[]): RegenerationOutcome {
    this.stats.failures++;
    return { status: 'failed', reason, problems, newWarnings };
  }

  /** Warnings not reported before by this instance: each is printed once, not on every rebuild. */
  private unseenWarnings(diagnostics: Diagnostic[]): Diagnostic[] {
    return diagnostics.filter((diagnostic) => {
      if (diagnostic.severity !== 'warning') return false;
      const key = [diagnostic.code, diagnostic.file, diagnostic.line, diagnostic.pointer, diagnostic.message].join('\u0000');
      if (this.warned.has(key)) return false;
      this.warned.add(key);
      return true;
    });
  }
}

function isProblem(diagnostic: Diagnostic): boolean {
  return diagnostic.severity === 'fatal' || diagnostic.severity === 'error';
}
