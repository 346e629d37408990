import type { SdkgenConfig } from '../config/config.js';
import { resolveConfig } from '../config/config.js';
import type { GeneratedFile } from '../emit/emitter.js';
import type { FormatMemo } from '../format/format-files.js';
import type { GenerateResult } from '../generate.js';
import { cacheFile } from './cache-file.js';
import { checkFreshness, type Freshness } from './check-freshness.js';
import { fingerprintOf } from './fingerprint.js';
import { formattedRecord, readFormatMemo } from './format-memo.js';

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

/**
 * The generated files plus the build cache that lets the next `generate` skip an unchanged target, or reuse its
 * formatted files. `known`: input hashes taken before generating (freshness), so an input is not read twice and an
 * edit made while generating is seen as a change next time.
 */
export function withCache(outDir: string, result: Extract<GenerateResult, { ok: true }>, known?: ReadonlyMap<string, string>): GeneratedFile[] {
  return [...result.files, cacheFile(outDir, fingerprintOf(result.config, result.inputs, known), formattedRecord(result))];
}

/** The formatted files of the SDK last generated in `outDir`, for generate()'s `previous` (see readFormatMemo). */
export function previousFormat(outDir: string, config: SdkgenConfig): FormatMemo | undefined {
  return readFormatMemo(outDir, resolveConfig(config));
}
