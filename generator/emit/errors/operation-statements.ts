import type { ApiIR, OperationIR } from '../../ir/types.js';
import { docText } from '../naming/js-doc.js';
import { propertyKey } from '../naming/literals.js';
import { structures, type Statement } from '../ts/index.js';
import { operationReasonType, type ReasonContext } from './reason-context.js';

/** All `src/reasons.ts` reads of an operation: its key (`calls.hangup`), method, path and reasons. */
export interface OperationReasons extends Pick<OperationIR, 'method' | 'path' | 'reasons'> {
  key: string;
}

/** The operations of the IR as `src/reasons.ts` reads them. */
export function operationReasons(ir: ApiIR, keys: ReadonlyMap<string, string>): OperationReasons[] {
  return ir.operations.map(({ pointer, method, path, reasons }) => ({ key: keys.get(pointer) as string, method, path, reasons }));
}

/**
 * `OperationErrorReasons` (operation key → the reasons it documents) and the
 * two guards: `hasReason(error, 'CALL_NOT_FOUND')`, checked against the
 * catalog, and `isErrorOf(error, 'calls.hangup')`, which narrows `reason` to
 * that operation's reasons.
 */
export function operationStatements(operations: readonly OperationReasons[], reasons: ReasonContext): Statement[] {
  const { names } = reasons;
  const entries = [...operations].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return [
    structures.interface({
      name: names.operations,
      isExported: true,
      docs: [
        {
          description:
            'The error reasons each operation documents, by its method path on the client (`calls.hangup` for `client.calls.hangup()`).\n' +
            'Each method returns an `ApiPromise` that names its entry; `isErrorOf` narrows a caught error to it.',
        },
      ],
      properties: entries.map(({ key, method, path, reasons: operationReasons }) => ({
        name: propertyKey(key),
        type: operationReasonType(operationReasons, reasons),
        docs: [`\`${method.toUpperCase()} ${docText(path)}\``],
      })),
    }),
    structures.function({
      name: 'hasReason',
      isExported: true,
      docs: [
        {
          description:
            'True when `error` is an API error with this reason; narrows it, so `error.reason` is that literal.\n' +
            `The reason is checked against {@link ${names.reason}}: a misspelled one does not compile. For a reason newer\n` +
            'than this SDK use `isErrorWithReason`, which takes any string.',
        },
      ],
      typeParameters: [{ name: 'R', constraint: names.reason }],
      parameters: [
        { name: 'error', type: 'unknown' },
        { name: 'reason', type: 'R' },
      ],
      returnType: 'error is VoipbinError<R> & { readonly reason: R }',
      statements: ['return isErrorWithReason(error, reason);'],
    }),
    structures.function({
      name: 'isErrorOf',
      isExported: true,
      docs: [
        {
          description:
            'True when `error` is an API error thrown by the operation with this key (`calls.hangup` for `client.calls.hangup()`);\n' +
            'narrows `error.reason` to the reasons that operation documents, still open to reasons newer than this SDK.',
        },
      ],
      typeParameters: [{ name: 'K', constraint: `keyof ${names.operations}` }],
      parameters: [
        { name: 'error', type: 'unknown' },
        { name: 'operation', type: 'K' },
      ],
      returnType: `error is VoipbinError<${names.operations}[K]>`,
      statements: ['return isVoipbinError(error) && error.operation === operation;'],
    }),
  ];
}
