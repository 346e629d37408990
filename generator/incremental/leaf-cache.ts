import type { GeneratedFile } from '../emit/emitter.js';
import type { LeafFacts, LeafMemo } from '../load/leaf-files.js';
import { LEAF_CACHE_FILE } from '../write/manifest.js';
import { isStringArray, memoCacheFile, readMemoCache } from './checked-cache-file.js';

/** The leaf files of a multi-file spec (load/leaf-files.ts) as one more generator-owned file: the next run bundles unchanged ones as parsed. */
export function leafCacheFile(generatorBuildId: string, memo: LeafMemo): GeneratedFile | undefined {
  return memoCacheFile(LEAF_CACHE_FILE, generatorBuildId, memo);
}

/** The leaf files the SDK in `outDir` was generated from by generator `build`, for generate()'s `leaves`; undefined when there are none to trust. */
export function readLeafMemo(outDir: string, build: string): LeafMemo | undefined {
  return readMemoCache(outDir, LEAF_CACHE_FILE, build, isLeafFacts);
}

function isLeafFacts(value: unknown): value is LeafFacts {
  const facts = value as Partial<LeafFacts> | null;
  return (
    typeof facts === 'object' &&
    facts !== null &&
    isStringArray(facts.pointers) &&
    typeof facts.rewrites === 'number' &&
    Number.isInteger(facts.rewrites) &&
    facts.rewrites >= 0
  );
}
