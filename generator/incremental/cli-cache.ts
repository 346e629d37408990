import type { SdkgenConfig } from '../config/config.js';
import { resolveConfig } from '../config/config.js';
import type { GenerateOptions } from '../generate.js';
import { checkFreshness, type Freshness } from './check-freshness.js';
import { previousRun as readPreviousRun } from './previous-run.js';

export { cacheWriter } from './cache-writer.js';

/** Whether the SDK in `outDir` still matches everything it was generated from, and the inputs' hashes (see checkFreshness). */
export function freshness(outDir: string, config: SdkgenConfig): Freshness {
  return checkFreshness(outDir, resolveConfig(config));
}

/** True when the SDK in `outDir` still matches everything it was generated from (see checkFreshness). */
export function upToDate(outDir: string, config: SdkgenConfig): boolean {
  return freshness(outDir, config).staleBecause === undefined;
}

/** What `generate` says of a target it skips. */
export function upToDateMessage(where: string): string {
  return `${where} is up to date: no input, option, generator or generated file changed since it was generated (--no-cache to regenerate).`;
}

/** What the SDK last generated in `outDir` lets generate() reuse (see previousRun in previous-run.ts). */
export function previousRun(outDir: string, config: SdkgenConfig): GenerateOptions {
  return readPreviousRun(outDir, resolveConfig(config));
}
