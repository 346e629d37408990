import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedFile } from '../emit/emitter.js';
import { byKey } from '../order/code-unit-order.js';
import { sha256 } from '../write/manifest.js';

/**
 * A generator-owned cache as one more file of the output folder, in two lines: a header with the generator build
 * and the sha256 of the second line, then the values (JSON text), so a damaged or edited cache is never used.
 */
export function checkedCacheFile(path: string, generatorBuildId: string, values: string): GeneratedFile {
  const header = { generator: 'voipbin-sdkgen', generatorVersion: generatorBuildId, sha256: sha256(values) };
  return { path, contents: `${JSON.stringify(header)}\n${values}\n` };
}

/** The values of the cache file `path` in `outDir` if generator `build` wrote it and it is intact; undefined otherwise. */
export function readCheckedCache(outDir: string, path: string, build: string): unknown {
  let text: string;
  try {
    text = readFileSync(join(outDir, path), 'utf8');
  } catch {
    return undefined;
  }
  const lineEnd = text.indexOf('\n');
  const values = text.slice(lineEnd + 1).trimEnd();
  try {
    const header = JSON.parse(text.slice(0, lineEnd)) as { generator?: unknown; generatorVersion?: unknown; sha256?: unknown };
    if (header.generator !== 'voipbin-sdkgen' || header.sha256 !== sha256(values)) return undefined;
    if (header.generatorVersion !== build) return undefined;
    return JSON.parse(values) as unknown;
  } catch {
    return undefined;
  }
}

/** A memo (values by key) as a checked cache file, keys sorted so the file is stable; undefined when it is empty. */
export function memoCacheFile<T>(path: string, generatorBuildId: string, memo: ReadonlyMap<string, T>): GeneratedFile | undefined {
  if (memo.size === 0) return undefined;
  const entries = [...memo].sort(byKey);
  return checkedCacheFile(path, generatorBuildId, JSON.stringify(Object.fromEntries(entries)));
}

/** The entries `isValue` accepts of a memo memoCacheFile wrote with generator `build`; undefined when there are none to trust. */
export function readMemoCache<T>(outDir: string, path: string, build: string, isValue: (value: unknown) => value is T): ReadonlyMap<string, T> | undefined {
  const values = readCheckedCache(outDir, path, build);
  if (typeof values !== 'object' || values === null) return undefined;
  const memo = new Map(Object.entries(values).filter((entry): entry is [string, T] => isValue(entry[1])));
  return memo.size > 0 ? memo : undefined;
}

/** Whether a value read from a cache file is an array of strings: what the memo value checks ask of their lists. */
export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
