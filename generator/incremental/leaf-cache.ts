import type { GeneratedFile } from '../emit/emitter.js';
import type { LeafFacts, LeafMemo } from '../load/leaf-files.js';
import { LEAF_CACHE_FILE } from '../write/manifest.js';
import { checkedCacheFile, readCheckedCache } from './checked-cache-file.js';

/** The leaf files of a multi-file spec (load/leaf-files.ts) as one more generator-owned file: the next run bundles unchanged ones as parsed. */
export function leafCacheFile(generatorBuildId: string, memo: LeafMemo): GeneratedFile | undefined {
  if (memo.size === 0) return undefined;
  const entries = [...memo].sort(([a], [b]) => (a < b ? -1 : 1));
  return checkedCacheFile(LEAF_CACHE_FILE, generatorBuildId, JSON.stringify(Object.fromEntries(entries)));
}

/** The leaf files the SDK in `outDir` was generated from by generator `build`, for generate()'s `leaves`; undefined when there are none to trust. */
export function readLeafMemo(outDir: string, build: string): LeafMemo | undefined {
  const values = readCheckedCache(outDir, LEAF_CACHE_FILE, build);
  if (typeof values !== 'object' || values === null) return undefined;
  const memo = new Map(Object.entries(values).filter((entry): entry is [string, LeafFacts] => isLeafFacts(entry[1])));
  return memo.size > 0 ? memo : undefined;
}

function isLeafFacts(value: unknown): value is LeafFacts {
  const facts = value as Partial<LeafFacts> | null;
  return (
    typeof facts === 'object' &&
    facts !== null &&
    Array.isArray(facts.pointers) &&
    facts.pointers.every((pointer) => typeof pointer === 'string') &&
    typeof facts.rewrites === 'number' &&
    Number.isInteger(facts.rewrites) &&
    facts.rewrites >= 0
  );
}
