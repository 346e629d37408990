import type { Stats } from 'node:fs';
import type { GeneratedFile } from '../emit/emitter.js';
import type { GenerateResult } from '../generate.js';
import { cacheFile } from './cache-file.js';
import { fileStamp } from './file-stamp.js';
import { fingerprintOf, type KnownHashes } from './fingerprint.js';
import { formattedRecord } from './format-memo.js';
import { emitCacheFile } from './emit-cache.js';
import { parseCacheFile } from './parse-cache.js';
import { leafCacheFile } from './leaf-cache.js';
import { scopeCacheFile } from './scope-cache.js';

/**
 * The build cache that lets the next `generate` skip an unchanged target, or reuse its formatted files, parsed
 * spec files, leaf files, reason scopes and emitted files: writeOutput's `lastFiles`. `known`: input hashes taken before generating (freshness), so an input is
 * not read twice and an edit made while generating is seen as a change next time.
 */
export function cacheWriter(outDir: string, result: Extract<GenerateResult, { ok: true }>, known?: KnownHashes): (staged: ReadonlyMap<string, Stats>) => GeneratedFile[] {
  const fingerprint = fingerprintOf(result.config, result.inputs, known);
  const formatted = formattedRecord(result);
  const parsed = parseCacheFile(fingerprint.generatorVersion, result.parsed);
  const emitted = emitCacheFile(fingerprint.generatorVersion, result.emitted);
  const leaves = leafCacheFile(fingerprint.generatorVersion, result.leaves);
  const scopes = scopeCacheFile(fingerprint.generatorVersion, result.scopes);
  return (staged) => [
    cacheFile(outDir, fingerprint, formatted, new Map([...staged].map(([path, stats]) => [path, fileStamp(stats)]))),
    ...(parsed ? [parsed] : []),
    ...(emitted ? [emitted] : []),
    ...(leaves ? [leaves] : []),
    ...(scopes ? [scopes] : []),
  ];
}
