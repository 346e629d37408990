import type { Diagnostic } from '../diagnostics/types.js';
import { escapePointerToken, pointerExists } from './root-relative-refs.js';
import type { SourceLocator } from './source-locator.js';

/** A `$ref` found in a document, with the pointer of the object that holds it. */
export interface FoundRef {
  ref: string;
  at: string;
}

/** Every `$ref` string in a document, in document order. */
export function collectRefs(document: unknown): FoundRef[] {
  const found: FoundRef[] = [];
  const visit = (node: unknown, at: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, `${at}/${index}`));
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push({ ref: value, at });
      else visit(value, `${at}/${escapePointerToken(key)}`);
    }
  };
  visit(document, '#');
  return found;
}

/** Local refs that resolve to nothing, as fatal diagnostics with file, line and pointer. */
export function danglingLocalRefs(document: unknown, refs: FoundRef[], locator: SourceLocator): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { ref, at } of refs) {
    if (!ref.startsWith('#') || pointerExists(document, ref)) continue;
    const place = locator.locate(at);
    diagnostics.push({
      code: 'dangling-ref',
      severity: 'fatal',
      message:
        `$ref "${ref}" at ${at} (${place.file}${place.line ? `, line ${place.line}` : ''}) points at nothing. ` +
        'Fix the $ref or add the missing definition.',
      file: place.file,
      ...(place.line === undefined ? {} : { line: place.line }),
      pointer: at,
    });
  }
  return diagnostics;
}
