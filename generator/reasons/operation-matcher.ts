import type { OperationIR } from '../ir/types.js';
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
 * `/billing-accounts` where the spec has `/billing_accounts`).
 */
export function createOperationMatcher(operations: readonly OperationIR[]): OperationMatcher {
  const cache = new Map<string, PatternMatch>();
  const paths = operations.map((operation) => normalizePath(operation.path));
  const resolve = (raw: string): PatternMatch => {
    const pattern = parseEndpointPattern(raw);
    if (!pattern) return { operations: [], lenient: false };
    const matching = (lenient: boolean): OperationIR[] =>
      operations.filter((operation, index) => normalizedPatternMatches(pattern, operation.method, paths[index] as string, lenient));
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
