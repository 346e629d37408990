import type { GeneratedFile } from '../emit/emitter.js';
import type { Scoped, ScopeMemo } from '../ir/passes/reason-scopes.js';
import { SCOPE_CACHE_FILE } from '../write/manifest.js';
import { isStringArray, memoCacheFile, readMemoCache } from './checked-cache-file.js';

/** How reasons were scoped to operations (ir/passes/reason-scopes.ts) as one more generator-owned file: the next run scopes from it when nothing scoping reads changed. */
export function scopeCacheFile(generatorBuildId: string, memo: ScopeMemo): GeneratedFile | undefined {
  return memoCacheFile(SCOPE_CACHE_FILE, generatorBuildId, memo);
}

/** The scopings the SDK in `outDir` was generated with by generator `build`, for generate()'s `scopes`; undefined when there are none to trust. */
export function readScopeMemo(outDir: string, build: string): ScopeMemo | undefined {
  return readMemoCache(outDir, SCOPE_CACHE_FILE, build, isScoped);
}

function isScoped(value: unknown): value is Scoped {
  const scoped = value as Partial<Scoped> | null;
  return (
    typeof scoped === 'object' &&
    scoped !== null &&
    Array.isArray(scoped.operations) &&
    scoped.operations.every(isStringArray) &&
    Array.isArray(scoped.diagnostics) &&
    scoped.diagnostics.every((diagnostic) => typeof diagnostic === 'object' && diagnostic !== null && typeof diagnostic.code === 'string' && typeof diagnostic.message === 'string')
  );
}
