import type { EmitMemo, StoredEmitRecord } from '../emit/emit-memo.js';
import type { GeneratedFile } from '../emit/emitter.js';
import { EMIT_CACHE_FILE } from '../write/manifest.js';
import { isStringArray, memoCacheFile, readMemoCache } from './checked-cache-file.js';

/**
 * The pieces this run emitted (resource files, models.ts: emit/emit-memo.ts), by the hash of their inputs, as one
 * more generator-owned file: the next run takes a piece from it instead of emitting it again.
 */
export function emitCacheFile(generatorBuildId: string, memo: EmitMemo): GeneratedFile | undefined {
  return memoCacheFile(EMIT_CACHE_FILE, generatorBuildId, memo);
}

/** The pieces the SDK in `outDir` was emitted with by generator `build`, for generate()'s `emitted`; undefined when there are none to trust. */
export function readEmitMemo(outDir: string, build: string): EmitMemo | undefined {
  return readMemoCache(outDir, EMIT_CACHE_FILE, build, isStoredRecord);
}

function isStoredRecord(value: unknown): value is StoredEmitRecord {
  const record = value as Partial<StoredEmitRecord> | null;
  return (
    typeof record === 'object' &&
    record !== null &&
    Array.isArray(record.files) &&
    record.files.every((file: Partial<StoredEmitRecord['files'][number]>) => typeof file?.path === 'string' && typeof file.formatKey === 'string') &&
    isStringArray(record.taken) &&
    Array.isArray(record.reasonTypes) &&
    record.reasonTypes.every((pair) => isStringArray(pair) && pair.length === 2)
  );
}
