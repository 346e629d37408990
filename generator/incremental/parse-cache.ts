import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedFile } from '../emit/emitter.js';
import type { ParseMemo } from '../load/memo-parser.js';
import { PARSE_CACHE_FILE, sha256 } from '../write/manifest.js';

/**
 * The spec's YAML files as parsed, by the sha256 of their text, as one more generator-owned file: the next run
 * reads it instead of parsing the files that did not change. Two lines: a header with the generator build and the
 * sha256 of the second line, then the values, so a damaged or edited cache is never used.
 */
export function parseCacheFile(generatorBuildId: string, memo: ParseMemo): GeneratedFile | undefined {
  if (memo.size === 0) return undefined;
  const entries = [...memo].sort(([a], [b]) => (a < b ? -1 : 1)).map(([hash, json]) => `${JSON.stringify(hash)}:${json}`);
  const values = `{${entries.join(',')}}`;
  const header = { generator: 'voipbin-sdkgen', generatorVersion: generatorBuildId, sha256: sha256(values) };
  return { path: PARSE_CACHE_FILE, contents: `${JSON.stringify(header)}\n${values}\n` };
}

/** The parsed files the SDK in `outDir` was generated from by generator `build`, for generate()'s `parsed`; undefined when there are none to trust. */
export function readParseMemo(outDir: string, build: string): Map<string, unknown> | undefined {
  let text: string;
  try {
    text = readFileSync(join(outDir, PARSE_CACHE_FILE), 'utf8');
  } catch {
    return undefined;
  }
  const lineEnd = text.indexOf('\n');
  const values = text.slice(lineEnd + 1).trimEnd();
  try {
    const header = JSON.parse(text.slice(0, lineEnd)) as { generator?: unknown; generatorVersion?: unknown; sha256?: unknown };
    if (header.generator !== 'voipbin-sdkgen' || header.sha256 !== sha256(values)) return undefined;
    if (header.generatorVersion !== build) return undefined;
    return new Map(Object.entries(JSON.parse(values) as Record<string, unknown>));
  } catch {
    return undefined;
  }
}
