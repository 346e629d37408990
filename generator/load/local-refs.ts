import type { Diagnostic } from '../diagnostics/types.js';
import { escapePointerToken, pointerExists } from './root-relative-refs.js';
import type { SourceLocator } from './source-locator.js';

/** A `$ref` found in a document, and the object that holds it (its pointer is worked out only for a diagnostic). */
export interface FoundRef {
  ref: string;
  holder: object;
}

/** Every `$ref` string in a document, in document order. */
export function collectRefs(document: unknown): FoundRef[] {
  const found: FoundRef[] = [];
  // Only objects and arrays are visited, and no pointer is spelled out: nearly every ref resolves, and needs none.
  const visit = (node: object): void => {
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        const item: unknown = node[index];
        if (typeof item === 'object' && item !== null) visit(item);
      }
      return;
    }
    for (const key of Object.keys(node)) {
      const value: unknown = (node as Record<string, unknown>)[key];
      if (typeof value === 'object' && value !== null) visit(value);
      else if (key === '$ref' && typeof value === 'string') found.push({ ref: value, holder: node });
    }
  };
  if (typeof document === 'object' && document !== null) visit(document);
  return found;
}

/**
 * The pointers of the objects in `holders`, each in document order: the walk collectRefs makes, spelling out
 * pointers. An object reached twice (a YAML alias) has a pointer per place.
 */
function pointersOf(document: object, holders: ReadonlySet<object>): Map<object, string[]> {
  const pointers = new Map<object, string[]>();
  const visit = (node: object, at: string): void => {
    if (holders.has(node)) pointers.set(node, [...(pointers.get(node) ?? []), at]);
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
    }
  };
  visit(document, '#');
  return pointers;
}

/** Local refs that resolve to nothing, as fatal diagnostics with file, line and pointer. */
export function danglingLocalRefs(document: unknown, refs: FoundRef[], locator: SourceLocator): Diagnostic[] {
  // Specs point at the same few definitions many times over: resolve each distinct ref once.
  const exists = new Map<string, boolean>();
  const dangling = refs.filter(({ ref }) => {
    if (!ref.startsWith('#')) return false;
    let found = exists.get(ref);
    if (found === undefined) exists.set(ref, (found = pointerExists(document, ref)));
    return !found;
  });
  if (dangling.length === 0) return [];
  const pointers = pointersOf(document as object, new Set(dangling.map(({ holder }) => holder)));
  // An object's refs come in document order, as its pointers do: the n-th ref an object holds is at its n-th pointer.
  const seen = new Map<object, number>();
  const diagnostics: Diagnostic[] = [];
  for (const { ref, holder } of dangling) {
    const occurrence = seen.get(holder) ?? 0;
    seen.set(holder, occurrence + 1);
    const at = pointers.get(holder)?.[occurrence] ?? '#';
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
