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
  // Only objects and arrays are visited: a pointer is spelled out for the nodes that can hold a $ref, not for every value.
  const visit = (node: object, at: string): void => {
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        const item: unknown = node[index];
        if (typeof item === 'object' && item !== null) visit(item, `${at}/${index}`);
      }
      return;
    }
    for (const key of Object.keys(node)) {
      const value: unknown = (node as Record<string, unknown>)[key];
      if (typeof value === 'object' && value !== null) visit(value, `${at}/${escapePointerToken(key)}`);
      else if (key === '$ref' && typeof value === 'string') found.push({ ref: value, at });
    }
  };
  if (typeof document === 'object' && document !== null) visit(document, '#');
  return found;
}

/** Local refs that resolve to nothing, as fatal diagnostics with file, line and pointer. */
export function danglingLocalRefs(document: unknown, refs: FoundRef[], locator: SourceLocator): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // Specs point at the same few definitions many times over: resolve each distinct ref once.
  const exists = new Map<string, boolean>();
  for (const { ref, at } of refs) {
    if (!ref.startsWith('#')) continue;
    let found = exists.get(ref);
    if (found === undefined) exists.set(ref, (found = pointerExists(document, ref)));
    if (found) continue;
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
