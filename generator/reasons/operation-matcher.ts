import type { OperationIR } from '../ir/types.js';
import { byKey } from '../order/code-unit-order.js';
import { normalizedPatternMatches, normalizePath, parseEndpointPattern, type EndpointPattern } from './endpoint-pattern.js';

/** What one `appliesTo` pattern resolves to. */
export interface PatternMatch {
  /** Undefined when the text is not a pattern at all. */
  pattern?: EndpointPattern;
  /** Matched operations, in IR order. */
  operations: OperationIR[];
  /** True when only the `-`/`_`-insensitive comparison matched. */
  lenient: boolean;
}

/** Resolves patterns against a fixed list of operations, caching per pattern text. */
export interface OperationMatcher {
  match(raw: string): PatternMatch;
}

/**
 * A matcher over `operations`. A pattern first matches as written; only if
 * that finds nothing are `-` and `_` treated alike (the catalog writes
 * `/billing-accounts` where the spec has `/billing_accounts`). Only the
 * operations whose path starts with the pattern's literal prefix are tried.
 */
export function createOperationMatcher(operations: readonly OperationIR[]): OperationMatcher {
  const cache = new Map<string, PatternMatch>();
  const paths = operations.map((operation) => normalizePath(operation.path));
  const byPath = sortedByText(paths);
  let byLenientPath: IndexedText[] | undefined;
  const resolve = (raw: string): PatternMatch => {
    const pattern = parseEndpointPattern(raw);
    if (!pattern) return { operations: [], lenient: false };
    const matching = (lenient: boolean): OperationIR[] => {
      const candidates = lenient ? startingWith((byLenientPath ??= sortedByText(paths.map(foldDashes))), foldDashes(pattern.prefix)) : startingWith(byPath, pattern.prefix);
      return candidates.filter((index) => normalizedPatternMatches(pattern, (operations[index] as OperationIR).method, paths[index] as string, lenient)).map((index) => operations[index] as OperationIR);
    };
    const strict = matching(false);
    if (strict.length > 0) return { pattern, operations: strict, lenient: false };
    const lenient = matching(true);
    return { pattern, operations: lenient, lenient: lenient.length > 0 };
  };
  return {
    match(raw) {
      const match = cache.get(raw) ?? resolve(raw);
      cache.set(raw, match);
      return match;
    },
  };
}

/** A text and its position in the list it came from. */
type IndexedText = readonly [text: string, index: number];

function sortedByText(texts: readonly string[]): IndexedText[] {
  return texts.map((text, index): IndexedText => [text, index]).sort(byKey);
}

/** Positions (ascending) of the texts that start with `prefix`: a range of the sorted list, found by bisection. */
function startingWith(sorted: readonly IndexedText[], prefix: string): number[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as IndexedText)[0] < prefix) low = middle + 1;
    else high = middle;
  }
  const found: number[] = [];
  for (let at = low; at < sorted.length && (sorted[at] as IndexedText)[0].startsWith(prefix); at++) found.push((sorted[at] as IndexedText)[1]);
  return found.sort((a, b) => a - b);
}

/** A path as the `-`/`_`-insensitive comparison sees it. */
function foldDashes(text: string): string {
  return text.replaceAll('-', '_');
}
