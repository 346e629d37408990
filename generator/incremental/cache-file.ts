import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { GeneratedFile } from '../emit/emitter.js';
import { isUrl } from '../load/read-source.js';
import { byKey } from '../order/code-unit-order.js';
import { CACHE_FILE } from '../write/manifest.js';
import type { Fingerprint } from './fingerprint.js';
import type { TemplatesHash } from './generator-build.js';

interface CacheDocument {
  generator: 'voipbin-sdkgen';
  generatorVersion: string;
  /** The options that shape the output, as canonical JSON (fingerprint.ts optionsKey). */
  options: string;
  /** Input path relative to the output folder (forward slashes; URLs as they are) → sha256. */
  inputs: Record<string, string>;
  /** When the input hashes were taken: an input unchanged since (file-stamp.ts) need not be read again. */
  hashedAt?: number;
  /** Generated file → its stamp as staged (file-stamp.ts): a file with the same stamp need not be read again. */
  staged?: Record<string, string>;
  /** The templates' hash in generatorVersion (see templatesHash). */
  templates?: TemplatesHash;
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
  if (typeof document.generatorVersion !== 'string' || typeof document.options !== 'string') return undefined;
  return document as CacheDocument;
}

/** What the cache in `outDir` records: the fingerprint the SDK was generated from and the generated files' stamps. */
export interface CacheRecord extends Omit<Fingerprint, 'templates'> {
  staged: ReadonlyMap<string, string>;
  templates?: TemplatesHash;
}

/** The cache in `outDir`, or undefined when there is none (or it is unreadable). */
export function readCache(outDir: string): CacheRecord | undefined {
  const document = readDocument(outDir);
  if (!document) return undefined;
  const inputs = Object.entries(document.inputs).map(([path, hash]) => [isUrl(path) ? path : resolve(outDir, path), String(hash)] as const);
  const staged = typeof document.staged === 'object' && document.staged !== null ? Object.entries(document.staged) : [];
  return {
    generatorVersion: document.generatorVersion,
    options: document.options,
    inputs: new Map(inputs),
    // A cache without the time (an older generator's) trusts no input unread.
    hashedAt: typeof document.hashedAt === 'number' ? document.hashedAt : Number.NEGATIVE_INFINITY,
    staged: new Map(staged.filter((entry): entry is [string, string] => typeof entry[1] === 'string')),
    ...(isTemplatesHash(document.templates) ? { templates: document.templates } : {}),
  };
}

function isTemplatesHash(value: unknown): value is TemplatesHash {
  if (typeof value !== 'object' || value === null) return false;
  const { sha256, hashedAt, paths } = value as Partial<TemplatesHash>;
  return typeof sha256 === 'string' && typeof hashedAt === 'number' && Array.isArray(paths) && paths.every((path) => typeof path === 'string');
}

/** How the SDK in `outDir` was formatted, and by which generator build; undefined when the cache has no record. */
export function readFormattedRecord(outDir: string): { generatorVersion: string; formatted: FormattedRecord } | undefined {
  const document = readDocument(outDir);
  if (!document || typeof document.formatted !== 'object' || document.formatted === null) return undefined;
  return { generatorVersion: document.generatorVersion, formatted: document.formatted };
}

/**
 * The cache as one more output file, written with the SDK in the same atomic swap, after the other files are
 * staged (`staged`: their stamps). Paths are relative, so a moved project keeps its cache.
 */
export function cacheFile(outDir: string, fingerprint: Fingerprint, formatted?: FormattedRecord, staged?: ReadonlyMap<string, string>): GeneratedFile {
  const inputs = [...fingerprint.inputs]
    .map(([file, hash]) => [isUrl(file) ? file : relative(outDir, file).split(sep).join('/'), hash] as const)
    .sort(byKey);
  const document: CacheDocument = {
    generator: 'voipbin-sdkgen',
    generatorVersion: fingerprint.generatorVersion,
    options: fingerprint.options,
    inputs: Object.fromEntries(inputs),
    hashedAt: fingerprint.hashedAt,
    templates: fingerprint.templates,
    ...(staged && staged.size > 0 ? { staged: Object.fromEntries([...staged].sort(byKey)) } : {}),
    ...(formatted && Object.keys(formatted).length > 0 ? { formatted } : {}),
  };
  return { path: CACHE_FILE, contents: JSON.stringify(document, null, 2) + '\n' };
}
