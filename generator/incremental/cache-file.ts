import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { GeneratedFile } from '../emit/emitter.js';
import { isUrl } from '../load/read-source.js';
import { CACHE_FILE } from '../write/manifest.js';
import type { Fingerprint } from './fingerprint.js';

interface CacheDocument {
  generator: 'voipbin-sdkgen';
  generatorVersion: string;
  configHash: string;
  /** Input path relative to the output folder (forward slashes; URLs as they are) → sha256. */
  inputs: Record<string, string>;
  /** Generated file → how it was formatted, so the next run can take the text from the file instead (format-memo.ts). */
  formatted?: FormattedRecord;
}

/** Generated file (path in the SDK) → the key of its unformatted text and the sha256 of its formatted text, before its header. */
export type FormattedRecord = Record<string, { from: string; sha256: string }>;

function readDocument(outDir: string): CacheDocument | undefined {
  let document: Partial<CacheDocument>;
  try {
    document = JSON.parse(readFileSync(join(outDir, CACHE_FILE), 'utf8')) as Partial<CacheDocument>;
  } catch {
    return undefined;
  }
  if (document.generator !== 'voipbin-sdkgen' || typeof document.inputs !== 'object' || document.inputs === null) return undefined;
  if (typeof document.generatorVersion !== 'string' || typeof document.configHash !== 'string') return undefined;
  return document as CacheDocument;
}

/** The fingerprint the SDK in `outDir` was generated from, or undefined when there is none (or it is unreadable). */
export function readCache(outDir: string): Fingerprint | undefined {
  const document = readDocument(outDir);
  if (!document) return undefined;
  const inputs = Object.entries(document.inputs).map(([path, hash]) => [isUrl(path) ? path : resolve(outDir, path), String(hash)] as const);
  return { generatorVersion: document.generatorVersion, configHash: document.configHash, inputs: new Map(inputs) };
}

/** How the SDK in `outDir` was formatted, and by which generator build; undefined when the cache has no record. */
export function readFormattedRecord(outDir: string): { generatorVersion: string; formatted: FormattedRecord } | undefined {
  const document = readDocument(outDir);
  if (!document || typeof document.formatted !== 'object' || document.formatted === null) return undefined;
  return { generatorVersion: document.generatorVersion, formatted: document.formatted };
}

/** The cache as one more output file, written with the SDK in the same atomic swap. Paths are relative, so a moved project keeps its cache. */
export function cacheFile(outDir: string, fingerprint: Fingerprint, formatted?: FormattedRecord): GeneratedFile {
  const inputs = [...fingerprint.inputs]
    .map(([file, hash]) => [isUrl(file) ? file : relative(outDir, file).split(sep).join('/'), hash] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const document: CacheDocument = {
    generator: 'voipbin-sdkgen',
    generatorVersion: fingerprint.generatorVersion,
    configHash: fingerprint.configHash,
    inputs: Object.fromEntries(inputs),
    ...(formatted && Object.keys(formatted).length > 0 ? { formatted } : {}),
  };
  return { path: CACHE_FILE, contents: JSON.stringify(document, null, 2) + '\n' };
}
