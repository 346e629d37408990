import type { ApiIR, ErrorModelIR } from '../../ir/types.js';
import { multilineObject, objectLiteral, propertyKey, scalarLiteral, stringLiteral } from '../naming/literals.js';
import { structures, type Statement } from '../ts/index.js';

/** The first sentence of a reason's description: the mock's error message. */
function firstSentence(text: string): string {
  const line = text.split('\n')[0]?.trim() ?? '';
  const end = line.search(/\.(\s|$)/);
  return end === -1 ? line : line.slice(0, end + 1);
}

function union(names: string[]): string {
  return names.length === 0 ? 'never' : names.map((name) => scalarLiteral(name)).join(' | ');
}

/** All `src/mocks/reasons.ts` reads of an operation: its key (`calls.hangup`) and reasons. */
export interface MockOperationReasons {
  key: string;
  reasons: string[];
}

/** The operations of the IR as `src/mocks/reasons.ts` reads them. */
export function mockOperationReasons(ir: ApiIR, keys: ReadonlyMap<string, string>): MockOperationReasons[] {
  return ir.operations.map((operation) => ({ key: keys.get(operation.pointer) as string, reasons: operation.reasons }));
}

/**
 * `MOCK_REASONS` (reason → HTTP status, canonical status, message),
 * `MOCK_STATUSES` (canonical status → HTTP status), and the reason names each
 * operation can raise, as types: `CommonReason` for the reasons of every
 * operation, `OperationReasons` for the rest.
 */
export function reasonStatements(errors: ErrorModelIR, operations: readonly MockOperationReasons[]): Statement[] {
  const reasons = errors.reasons;
  const common = reasons.filter((reason) => reason.operations.length === operations.length && operations.length > 0).map((reason) => reason.reason);
  const commonSet = new Set(common);
  const reasonEntries = reasons.map(
    (reason) => `${propertyKey(reason.reason)}: { http: ${reason.http}, status: ${stringLiteral(reason.status)}, message: ${stringLiteral(firstSentence(reason.description) || reason.reason)} }`,
  );
  const statusEntries = errors.statuses.filter((status) => status.http !== undefined).map((status) => `${propertyKey(status.status)}: ${status.http}`);
  return [
    structures.constant('MOCK_REASONS', `${multilineObject(reasonEntries)} satisfies Record<string, MockReason>`, { docs: 'The error-reason catalog, as mocks answer with it.' }),
    structures.constant('MOCK_STATUSES', `${objectLiteral(statusEntries)} satisfies Record<string, number>`, { docs: 'HTTP status of each canonical status.' }),
    structures.typeAlias({ name: 'CommonReason', isExported: true, type: union(common), docs: [{ description: 'Reasons every operation can raise.' }] }),
    structures.interface({
      name: 'OperationReasons',
      isExported: true,
      docs: [{ description: 'The reasons each operation can raise, by SDK call path.' }],
      properties: operations.map((operation) => ({
        name: propertyKey(operation.key),
        type: [...(common.length > 0 ? ['CommonReason'] : []), ...operation.reasons.filter((reason) => !commonSet.has(reason)).map((reason) => scalarLiteral(reason))].join(' | ') || 'never',
      })),
    }),
  ];
}
