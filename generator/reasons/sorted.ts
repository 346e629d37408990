/** The distinct values, sorted by code unit (the default sort's order for strings, without a comparator to call). */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** Endpoint patterns, sorted and unique; `*` subsumes everything else. */
export function normalizeAppliesTo(patterns: Iterable<string>): string[] {
  const unique = sortedUnique(patterns);
  return unique.includes('*') ? ['*'] : unique;
}
