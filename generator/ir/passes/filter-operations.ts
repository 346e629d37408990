import type { OperationFilters, OperationSelector } from '../../config/filters.js';
import type { ApiIR, OperationIR } from '../types.js';
import { globPattern } from './glob.js';

/**
 * Keeps the operations every filter lets through: matched by its `include`
 * (or it has none) and not by its `exclude`. Runs after naming, so names
 * do not depend on which operations are kept, and before the resource tree
 * is built. Models are pruned by a later pass.
 */
export function filterOperations(ir: ApiIR, filters: OperationFilters[]): ApiIR {
  const tests = filters.map((filter) => ({ include: compileAll(filter.include), exclude: compileAll(filter.exclude) }));
  const kept = ir.operations.filter((operation) =>
    tests.every(({ include, exclude }) => (include === undefined || include.some((test) => test(operation))) && !(exclude ?? []).some((test) => test(operation))),
  );
  return kept.length === ir.operations.length ? ir : { ...ir, operations: kept };
}

type Test = (operation: OperationIR) => boolean;

function compileAll(selectors: OperationSelector | OperationSelector[] | undefined): Test[] | undefined {
  if (selectors === undefined) return undefined;
  return (Array.isArray(selectors) ? selectors : [selectors]).map(compile);
}

/** Every given criterion must hold; within one criterion, any entry may match. */
function compile(selector: OperationSelector): Test {
  const checks: Test[] = [];
  if (selector.tags) {
    const tags = new Set(selector.tags);
    checks.push((operation) => operation.tags.some((tag) => tags.has(tag)));
  }
  if (selector.paths) {
    const patterns = selector.paths.map((glob) => globPattern(glob, '/'));
    checks.push((operation) => patterns.some((pattern) => pattern.test(operation.path)));
  }
  if (selector.methods) {
    const methods = new Set(selector.methods.map((method) => method.toLowerCase()));
    checks.push((operation) => methods.has(operation.method));
  }
  if (selector.operations) {
    const patterns = selector.operations.map((glob) => globPattern(comparable(glob), '.'));
    checks.push((operation) => operationNames(operation).some((name) => patterns.some((pattern) => pattern.test(name))));
  }
  return (operation) => checks.every((check) => check(operation));
}

/** The names an operation answers to: its operationId and `resource.path.rawName`. */
function operationNames(operation: OperationIR): string[] {
  const names = [[...operation.resource, operation.rawName].join('.')];
  if (operation.operationId) names.push(operation.operationId);
  return names.map(comparable);
}

/** Case, `_` and `-` do not count: `serviceAgents.calls` and `service_agents.calls` are one name. */
function comparable(name: string): string {
  return name.toLowerCase().replace(/[_-]/g, '');
}
