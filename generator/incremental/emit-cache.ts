import type { EmitMemo, StoredEmitRecord } from '../emit/emit-memo.js';
import type { GeneratedFile } from '../emit/emitter.js';
import { EMIT_CACHE_FILE } from '../write/manifest.js';
import { checkedCacheFile, readCheckedCache } from './checked-cache-file.js';

/**
 * The pieces this run emitted (resource files, models.ts: emit/emit-memo.ts), by the hash of their inputs, as one
 * more generator-owned file: the next run takes a piece from it instead of emitting it again.
 */
export function emitCacheFile(generatorBuildId: string, memo: EmitMemo): GeneratedFile | undefined {
  if (memo.size === 0) return undefined;
  const entries = [...memo].sort(([a], [b]) => (a < b ? -1 : 1));
  return checkedCacheFile(EMIT_CACHE_FILE, generatorBuildId, JSON.stringify(Object.fromEntries(entries)));
}

/** The pieces the SDK in `outDir` was emitted with by generator `build`, for generate()'s `emitted`; undefined when there are none to trust. */
export function readEmitMemo(outDir: string, build: string): EmitMemo | undefined {
  const values = readCheckedCache(outDir, EMIT_CACHE_FILE, build);
  if (typeof values !== 'object' || values === null) return undefined;
  const memo = new Map(Object.entries(values).filter((entry): entry is [string, StoredEmitRecord] => isStoredRecord(entry[1])));
  return memo.size > 0 ? memo : undefined;
}

function isStoredRecord(value: unknown): value is StoredEmitRecord {
  const record = value as Partial<StoredEmitRecord> | null;
  return (
    typeof record === 'object' &&
    record !== null &&
    Array.isArray(record.files) &&
    record.files.every((file: Partial<StoredEmitRecord['files'][number]>) => typeof file?.path === 'string' && typeof file.formatKey === 'string') &&
    Array.isArray(record.taken) &&
    record.taken.every((name) => typeof name === 'string') &&
    Array.isArray(record.reasonTypes) &&
    record.reasonTypes.every((pair) => Array.isArray(pair) && pair.length === 2 && pair.every((part) => typeof part === 'string'))
  );
}
