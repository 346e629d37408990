import type { GeneratedFile } from '../emit/emitter.js';
import type { ParseMemo } from '../load/memo-parser.js';
import { byKey } from '../order/code-unit-order.js';
import { PARSE_CACHE_FILE } from '../write/manifest.js';
import { checkedCacheFile, readCheckedCache } from './checked-cache-file.js';

/**
 * The spec's YAML files as parsed, by the sha256 of their text, as one more generator-owned file: the next run
 * reads it instead of parsing the files that did not change.
 */
export function parseCacheFile(generatorBuildId: string, memo: ParseMemo): GeneratedFile | undefined {
  if (memo.size === 0) return undefined;
  const entries = [...memo].sort(byKey).map(([hash, json]) => `${JSON.stringify(hash)}:${json}`);
  return checkedCacheFile(PARSE_CACHE_FILE, generatorBuildId, `{${entries.join(',')}}`);
}

/** The parsed files the SDK in `outDir` was generated from by generator `build`, for generate()'s `parsed`; undefined when there are none to trust. */
export function readParseMemo(outDir: string, build: string): Map<string, unknown> | undefined {
  const values = readCheckedCache(outDir, PARSE_CACHE_FILE, build);
  return isRecord(values) ? new Map(Object.entries(values)) : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
