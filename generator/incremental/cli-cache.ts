import type { SdkgenConfig } from '../config/config.js';
import { resolveConfig } from '../config/config.js';
import type { GenerateOptions } from '../generate.js';
import { checkFreshness, type Freshness } from './check-freshness.js';
import { readFormatMemo } from './format-memo.js';
import { readParseMemo } from './parse-cache.js';

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

/** What the SDK last generated in `outDir` lets generate() reuse: its formatted files and parsed spec files. */
export function previousRun(outDir: string, config: SdkgenConfig): GenerateOptions {
  const resolved = resolveConfig(config);
  return { previous: readFormatMemo(outDir, resolved), parsed: readParseMemo(outDir, resolved) };
}
