/** Code-unit order, independent of the locale the generator runs in. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The distinct values, sorted by code unit (the default sort's order for strings, without a comparator to call). */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** Endpoint patterns, sorted and unique; `*` subsumes everything else. */
export function normalizeAppliesTo(patterns: Iterable<string>): string[] {
  const unique = sortedUnique(patterns);
  return unique.includes('*') ? ['*'] : unique;
}
