import type { OperationIR } from '../../ir/types.js';
import { splitReasons } from '../errors/reason-context.js';
import type { ResourceFileNaming } from './emit-resources.js';

/** The README's error-reason example, or false without a reason catalog. */
export interface ReadmeReasons {
  /** `calls.hangup` */
  operation: string;
  /** `calls.hangup('…')` */
  call: string;
  /** A reason of that operation's own: `CALL_NOT_FOUND`. */
  reason: string;
  /** `CallsHangupErrorReason` */
  typeName: string;
}

/**
 * The example the README's error section shows: the first operation (in spec
 * order) that addresses one resource by id and has reasons of its own, with
 * the first of them.
 */
export function readmeReasons(operations: readonly OperationIR[], naming: ResourceFileNaming): ReadmeReasons | false {
  const reasons = naming.reasons;
  if (!reasons) return false;
  const pick = (operation: OperationIR) => splitReasons(operation.reasons, reasons).own[0];
  const operation = operations.find((candidate) => candidate.params.path.length > 0 && pick(candidate) !== undefined && naming.reasonTypes.has(candidate.pointer));
  if (!operation) return false;
  const key = naming.keys.get(operation.pointer) as string;
  return {
    operation: key,
    call: `${key}(${operation.params.path.map(() => "'…'").join(', ')})`,
    reason: pick(operation) as string,
    typeName: naming.reasonTypes.get(operation.pointer) as string,
  };
}
