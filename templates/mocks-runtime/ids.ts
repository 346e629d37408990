/** A UUID (version 4 layout) that encodes `index`: `00000000-0000-4000-8000-00000000002a` for 42. */
export function indexedId(index: number): string {
  return `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
}

/** A copy of a sample list item whose string `id` is replaced by {@link indexedId}, so items of a list differ. */
export function withIndex<T>(item: T, index: number): T {
  const copy = structuredClone(item);
  if (
    typeof copy === 'object' &&
    copy !== null &&
    !Array.isArray(copy) &&
    typeof (copy as Record<string, unknown>)['id'] === 'string'
  ) {
    (copy as Record<string, unknown>)['id'] = indexedId(index);
  }
  return copy;
}

/** 32-bit FNV-1a of a string, as 8 hex digits. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** A request id in VoIPBIN's shape (`req_` and 16 upper-case hex digits), the same for the same input. */
export function requestIdFor(text: string): string {
  return `req_${(fnv1a(text) + fnv1a(`${text}#`)).toUpperCase()}`;
}
