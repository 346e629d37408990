import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { FormatMemo } from '../format/format-files.js';
import { unstamped } from '../format/header.js';
import type { GenerateResult } from '../generate.js';
import { byKey } from '../order/code-unit-order.js';
import { sha256 } from '../write/manifest.js';
import { readFormattedRecord, type FormattedRecord } from './cache-file.js';

/** What the cache records of how each file of `result` was formatted. */
export function formattedRecord(result: Extract<GenerateResult, { ok: true }>): FormattedRecord {
  const entries = [...result.formatKeys]
    .sort(byKey)
    .flatMap(([path, key]) => {
      const text = result.formatted.get(key);
      return text === undefined ? [] : [[path, { from: key, sha256: sha256(text) }] as const];
    });
  return Object.fromEntries(entries);
}

/**
 * The formatted text of the SDK in `outDir`, by the key of the text it was formatted from, for generate()'s
 * `previous`: a file changed by nothing but the spec is not laid out again. A file counts only when it still
 * holds what the format stage gave (not edited, not changed by a hook) and the generator `build` (generatorBuild,
 * which includes prettier's version) made it; undefined when nothing qualifies.
 */
export function readFormatMemo(outDir: string, build: string): FormatMemo | undefined {
  const record = readFormattedRecord(outDir);
  if (!record || record.generatorVersion !== build) return undefined;
  const memo = new Map<string, string>();
  for (const [path, entry] of Object.entries(record.formatted)) {
    const { from, sha256: expected } = (entry ?? {}) as Partial<FormattedRecord[string]>;
    if (typeof from !== 'string' || typeof expected !== 'string' || !insideSdk(path)) continue;
    let contents: string;
    try {
      contents = readFileSync(join(outDir, path), 'utf8');
    } catch {
      continue;
    }
    const text = unstamped(path, contents);
    if (sha256(text) === expected) memo.set(from, text);
  }
  return memo.size > 0 ? memo : undefined;
}

/** A path the SDK could have generated: relative, and never up out of the folder. */
function insideSdk(path: string): boolean {
  return !isAbsolute(path) && !path.split(/[\\/]/).includes('..');
}
