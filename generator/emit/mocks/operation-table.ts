import type { OperationIR } from '../../ir/types.js';
import { defaultPageSize, successStatus } from '../../mocks/operation-facts.js';
import type { SampleEngine } from '../../mocks/sample.js';
import { arrowBody, multilineObject, propertyKey, stringLiteral, valueLiteral } from '../naming/literals.js';
import { structures, type Statement } from '../ts/index.js';
import { factoryCalls } from './fixtures.js';

function responseLiteral(operation: OperationIR, engine: SampleEngine, calls: (value: object) => string | undefined): string {
  const success = operation.success;
  if (!success || success.kind === 'empty') return `{ kind: 'empty' }`;
  const contentType = stringLiteral(success.contentType ?? 'application/octet-stream');
  if (success.kind === 'binary') return `{ kind: 'binary', contentType: ${contentType} }`;
  const sample = success.schema ? engine.sample(success.schema, operation.pointer) : {};
  if (success.kind === 'text') return `{ kind: 'text', contentType: ${contentType}, body: () => ${stringLiteral(typeof sample === 'string' ? sample : 'mock text')} }`;
  return `{ kind: 'json', body: () => ${arrowBody(valueLiteral(sample, calls))} }`;
}

function pageLiteral(operation: OperationIR): string | undefined {
  const page = operation.pagination;
  if (!page) return undefined;
  const fields = [
    `itemsField: ${stringLiteral(page.itemsField)}`,
    `nextField: ${stringLiteral(page.nextField)}`,
    `tokenParam: ${stringLiteral(page.tokenParam)}`,
    ...(page.sizeParam ? [`sizeParam: ${stringLiteral(page.sizeParam)}`] : []),
    `defaultSize: ${defaultPageSize(operation)}`,
  ];
  return `{ ${fields.join(', ')} }`;
}

/**
 * `MockOperationKey` (every SDK call path) and `MOCK_OPERATIONS`: every operation by call path, with its route and
 * a sample success response. The table is annotated `Record<MockOperationKey, MockOperation>` rather than inferred:
 * its inferred literal type made TypeScript spend most of the SDK's check time here (measured 2.3 s of 2.7 s on VoIPBIN).
 */
export function operationTable(operations: OperationIR[], keys: Map<string, string>, engine: SampleEngine, factories: Map<string, string>, used: Set<string>): Statement[] {
  const calls = factoryCalls(engine, factories, { used });
  const entries = operations.map((operation) => {
    const page = pageLiteral(operation);
    const fields = [
      `method: ${stringLiteral(operation.method)}`,
      `path: ${stringLiteral(operation.path)}`,
      `status: ${successStatus(operation.success)}`,
      `response: ${responseLiteral(operation, engine, calls)}`,
      ...(page ? [`page: ${page}`] : []),
    ];
    return `${propertyKey(keys.get(operation.pointer) as string)}: { ${fields.join(', ')} }`;
  });
  const keyUnion = operations.map((operation) => stringLiteral(keys.get(operation.pointer) as string)).join(' | ') || 'never';
  return [
    structures.typeAlias({ name: 'MockOperationKey', isExported: true, type: keyUnion, docs: [{ description: 'An operation by SDK call path, e.g. `calls.hangup`.' }] }),
    structures.constant('MOCK_OPERATIONS', multilineObject(entries), {
      docs: 'Every operation of the API by its SDK call path (`calls.hangup`), with its route and a sample success response.',
      type: 'Record<MockOperationKey, MockOperation>',
    }),
  ];
}
