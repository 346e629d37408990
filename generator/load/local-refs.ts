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
  // No pointer is spelled out: nearly every ref resolves, and needs none.
  if (typeof document === 'object' && document !== null) {
    visitMembers(document, undefined, (holder, key, value) => {
      if (key === '$ref' && typeof value === 'string') found.push({ ref: value, holder });
    });
  }
  return found;
}

/** The pointers of the objects in `holders` that hold a `$ref`, in document order: one per place an object is reached (a YAML alias reaches one twice). */
function pointersOf(document: object, holders: ReadonlySet<object>): Map<object, string[]> {
  const pointers = new Map<object, string[]>();
  visitMembers(document, '#', (holder, key, value, at) => {
    if (key !== '$ref' || typeof value !== 'string' || !holders.has(holder)) return;
    const list = pointers.get(holder);
    if (list) list.push(at as string);
    else pointers.set(holder, [at as string]);
  });
  return pointers;
}

/**
 * Every member of every object in `node`, in document order (the walk collectRefs and pointersOf share, so the n-th
 * `$ref` one finds is the n-th the other does). Only objects and arrays are entered. With `at`, the pointer of the
 * object holding each member is spelled out and passed along.
 */
function visitMembers(node: object, at: string | undefined, visit: (holder: object, key: string, value: unknown, at: string | undefined) => void): void {
  if (Array.isArray(node)) {
    for (let index = 0; index < node.length; index++) {
      const item: unknown = node[index];
      if (typeof item === 'object' && item !== null) visitMembers(item, at === undefined ? undefined : `${at}/${index}`, visit);
    }
    return;
  }
  for (const key of Object.keys(node)) {
    const value: unknown = (node as Record<string, unknown>)[key];
    visit(node, key, value, at);
    if (typeof value === 'object' && value !== null) visitMembers(value, at === undefined ? undefined : `${at}/${escapePointerToken(key)}`, visit);
  }
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
