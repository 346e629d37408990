import type { OperationIR } from '../../ir/types.js';
import type { EmitContext } from '../emitter.js';
import { camelCase, uniqueName } from '../naming/identifiers.js';

/** The checks of one operation, by the names `src/validation/operations.ts` exports. */
export interface OperationValidators {
  request?: string;
  response?: string;
}

/** Names the validation module itself uses. */
export const VALIDATION_LOCALS = ['z', 'check', 'ValidationError'];

/**
 * Which operations get a check, and its exported name, settled once for the
 * emitter that writes the checks and the client that passes them. Empty when
 * the flavor has no `zod` emitter.
 */
export function operationValidators(ctx: Pick<EmitContext, 'ir' | 'config' | 'emitters'>): Map<string, OperationValidators> {
  const result = new Map<string, OperationValidators>();
  if (!ctx.emitters.includes('zod')) return result;
  const { responses, requests } = ctx.config.flavor.options.zod;
  const taken = new Set(VALIDATION_LOCALS);
  for (const operation of ctx.ir.operations) {
    const stem = camelCase([...operation.resource, operation.rawName].join('_'));
    const entry: OperationValidators = {};
    if (requests && checksRequest(operation)) entry.request = uniqueName(`${stem}Request`, taken);
    if (responses && checksResponse(operation)) entry.response = uniqueName(`${stem}Response`, taken);
    if (entry.request || entry.response) result.set(operation.pointer, entry);
  }
  return result;
}

function checksRequest(operation: OperationIR): boolean {
  return operation.body?.encoding === 'json';
}

function checksResponse(operation: OperationIR): boolean {
  return operation.success?.kind === 'json' && operation.success.schema !== undefined && !/^3\d\d$/.test(operation.success.status);
}
