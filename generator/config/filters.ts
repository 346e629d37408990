import type { HttpMethod } from '../ir/types.js';

/**
 * Which operations one selector matches. Every criterion that is given must
 * match (AND); within a list any entry may match (OR). Globs: `*` is any run
 * of characters but `/` (one path segment; in names, any run without `.`),
 * `**` any run including `/`.
 */
export interface OperationSelector {
  /** Tags of the operation (`tags:` in the spec), compared exactly. */
  tags?: string[];
  /** Path globs, as the spec writes paths: `/service_agents/**`, `/calls/{id}`. */
  paths?: string[];
  /** HTTP methods, any case: `get`, `DELETE`. */
  methods?: (HttpMethod | Uppercase<HttpMethod>)[];
  /**
   * Operation names: the operationId, or the raw SDK path of the method
   * (`service_agents.calls.list`). Compared ignoring case, `_` and `-`, so
   * `serviceAgents.calls.list` matches too. Globs allowed: `calls.*`.
   */
  operations?: string[];
}

/** An operation is kept when it matches `include` (or there is none) and does not match `exclude`. Several selectors: any may match. */
export interface OperationFilters {
  include?: OperationSelector | OperationSelector[];
  exclude?: OperationSelector | OperationSelector[];
}
