import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { readJsonReasonCatalog } from './json-catalog.js';
import { mergeReasonCatalogs } from './merge.js';
import { readRstReasonCatalog } from './rst.js';
import type { ReasonCatalog } from './types.js';

export { canonicalStatusForHttp, UNKNOWN_STATUS } from './status.js';
export { endpointFromLiteral, normalizePath, parseEndpointPattern, patternMatches, type EndpointPattern } from './endpoint-pattern.js';
export { readJsonReasonCatalog } from './json-catalog.js';
export { describeReasonSource, mergeReasonCatalogs } from './merge.js';
export { readRstReasonCatalog } from './rst.js';
export { REASONS_EXTENSION, readSpecExtensionReasons } from './spec-extensions.js';
export * from './types.js';

/** Catalog readers by file extension. */
const READERS: Readonly<Record<string, (text: string, file: string) => ReasonCatalog>> = {
  '.rst': readRstReasonCatalog,
  '.json': readJsonReasonCatalog,
  '.yaml': readJsonReasonCatalog,
  '.yml': readJsonReasonCatalog,
};

/**
 * Reads one catalog file, choosing the reader by extension (`.rst`, `.json`,
 * `.yaml`, `.yml`), and returns it merged (duplicates combined, sorted). An
 * unreadable file or unknown extension is an `error` diagnostic, not a throw.
 */
export async function readReasonCatalog(file: string): Promise<ReasonCatalog> {
  const reader = READERS[extname(file).toLowerCase()];
  if (!reader) return failed(file, `Unsupported reason catalog "${file}": expected .rst, .json, .yaml or .yml.`);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return failed(file, `Cannot read reason catalog "${file}": ${(error as Error).message}`);
  }
  return mergeReasonCatalogs([reader(text, file)]);
}

/** Reads several catalog files and merges them; earlier files win conflicts. */
export async function readReasonCatalogs(files: readonly string[]): Promise<ReasonCatalog> {
  return mergeReasonCatalogs(await Promise.all(files.map(readReasonCatalog)));
}

function failed(file: string, message: string): ReasonCatalog {
  return { reasons: [], groups: [], diagnostics: [{ code: 'reason-catalog-unreadable', severity: 'error', message, file }] };
}
