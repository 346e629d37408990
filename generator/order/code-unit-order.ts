/** Code-unit order, independent of the locale the generator runs in. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Entries (of a Map, or Object.entries) by their keys in code-unit order: what makes a file written from them stable. */
export function byKey(a: readonly [string, unknown], b: readonly [string, unknown]): number {
  return compareStrings(a[0], b[0]);
}
