import type { ApiIR, OperationIR } from '../../ir/types.js';
import { defaultPageSize, successStatus } from '../../mocks/operation-facts.js';
import type { SampleEngine } from '../../mocks/sample.js';
import { arrowBody, multilineObject, propertyKey, stringLiteral, valueLiteral } from '../naming/literals.js';
import { structures, type Statement } from '../ts/index.js';
import { factoryCalls, factoryOf, type RuntimeNames } from './fixtures.js';

/** All the operation table reads of an operation (so the emit memo can key the file on exactly that). */
export interface TableOperation extends Pick<OperationIR, 'pointer' | 'method' | 'path' | 'success' | 'pagination'> {
  /** Its SDK call path, `calls.hangup`. */
  key: string;
  /** The page size a list answers with when the request names none. */
  defaultSize: number;
}

/** The operations of the IR as the operation table reads them. */
export function tableOperations(ir: ApiIR, keys: ReadonlyMap<string, string>): TableOperation[] {
  return ir.operations.map((operation) => ({
    key: keys.get(operation.pointer) as string,
    pointer: operation.pointer,
    method: operation.method,
    path: operation.path,
    ...(operation.success ? { success: operation.success } : {}),
    ...(operation.pagination ? { pagination: operation.pagination } : {}),
    defaultSize: defaultPageSize(operation),
  }));
}

/** What the table's entries print: a sample's factory or value, recording the factories and runtime builders used. */
interface TableScope {
  engine: SampleEngine;
  factory: (value: object) => string | undefined;
  calls: (value: object) => string | undefined;
  runtime: RuntimeNames;
}

/**
 * How an entry builds its operation: `jsonOperation` with the body builder (`mockCall`, a fixture factory, or an
 * arrow) for a JSON answer, else `operation` with the response's builder call (`empty()`, `text(…)`, `binary(…)`).
 */
function responseArguments(operation: TableOperation, scope: TableScope): { builder: 'operation' | 'jsonOperation'; response: string } {
  const success = operation.success;
  if (!success || success.kind === 'empty') {
    scope.runtime.values.add('empty');
    return { builder: 'operation', response: 'empty()' };
  }
  const contentType = stringLiteral(success.contentType ?? 'application/octet-stream');
  if (success.kind === 'binary') {
    scope.runtime.values.add('binary');
    return { builder: 'operation', response: `binary(${contentType})` };
  }
  const sample = success.schema ? scope.engine.sample(success.schema, operation.pointer) : {};
  if (success.kind === 'text') {
    scope.runtime.values.add('text');
    return { builder: 'operation', response: `text(${contentType}, () => ${stringLiteral(typeof sample === 'string' ? sample : 'mock text')})` };
  }
  // A named schema's sample is its factory, passed as the body builder itself.
  const factory = typeof sample === 'object' && sample !== null ? scope.factory(sample) : undefined;
  return { builder: 'jsonOperation', response: factory ?? `() => ${arrowBody(valueLiteral(sample, scope.calls))}` };
}

function pageLiteral(operation: TableOperation): string | undefined {
  const page = operation.pagination;
  if (!page) return undefined;
  const fields = [
    `itemsField: ${stringLiteral(page.itemsField)}`,
    `nextField: ${stringLiteral(page.nextField)}`,
    `tokenParam: ${stringLiteral(page.tokenParam)}`,
    ...(page.sizeParam ? [`sizeParam: ${stringLiteral(page.sizeParam)}`] : []),
    `defaultSize: ${operation.defaultSize}`,
  ];
  return `{ ${fields.join(', ')} }`;
}

/** A constant for each paging that several list operations share (`LIST_PAGE`, `LIST_PAGE_2`…), by its literal. */
function sharedPages(pages: (string | undefined)[]): Map<string, { name: string; uses: number }> {
  const uses = new Map<string, number>();
  for (const page of pages) if (page !== undefined) uses.set(page, (uses.get(page) ?? 0) + 1);
  const shared = [...uses].filter(([, count]) => count > 1);
  return new Map(shared.map(([page, count], index) => [page, { name: index === 0 ? 'LIST_PAGE' : `LIST_PAGE_${index + 1}`, uses: count }]));
}

/**
 * `MockOperationKey` (every SDK call path) and `MOCK_OPERATIONS`: every operation by call path, with its route and
 * a sample success response, and constants for pagings several lists share. The table is annotated
 * `Record<MockOperationKey, MockOperation>` rather than inferred: its inferred literal type made TypeScript spend
 * most of the SDK's check time here (measured 2.3 s of 2.7 s on VoIPBIN). Its entries are calls to the runtime's
 * builders (`jsonOperation('get', '/calls', 200, mockCall)`, one call where a JSON answer took two) rather than
 * object literals, which took `tsc` over twice as long to check (VoIPBIN). `runtime` collects the builders used;
 * `used`, the fixture factories.
 */
export function operationTable(operations: TableOperation[], engine: SampleEngine, factories: Map<string, string>, used: Set<string>, runtime: RuntimeNames): Statement[] {
  const scope: TableScope = { engine, factory: factoryOf(engine, factories, { used }), calls: factoryCalls(engine, factories, { used }), runtime };
  const pages = operations.map(pageLiteral);
  const shared = sharedPages(pages);
  runtime.types.add('MockOperation');
  const entries = operations.map((operation, index) => {
    const page = pages[index];
    const { builder, response } = responseArguments(operation, scope);
    runtime.values.add(builder);
    const args = [
      stringLiteral(operation.method),
      stringLiteral(operation.path),
      String(successStatus(operation.success)),
      response,
      ...(page === undefined ? [] : [shared.get(page)?.name ?? page]),
    ];
    return `${propertyKey(operation.key)}: ${builder}(${args.join(', ')})`;
  });
  if (shared.size > 0) runtime.types.add('MockPage');
  const keyUnion = operations.map((operation) => stringLiteral(operation.key)).join(' | ') || 'never';
  return [
    structures.typeAlias({ name: 'MockOperationKey', isExported: true, type: keyUnion, docs: [{ description: 'An operation by SDK call path, e.g. `calls.hangup`.' }] }),
    ...[...shared].map(([page, { name, uses }]) => structures.constant(name, page, { exported: false, type: 'MockPage', docs: `The paging ${uses} list operations share.` })),
    structures.constant('MOCK_OPERATIONS', multilineObject(entries), {
      docs: 'Every operation of the API by its SDK call path (`calls.hangup`), with its route and a sample success response.',
      type: 'Record<MockOperationKey, MockOperation>',
    }),
  ];
}
