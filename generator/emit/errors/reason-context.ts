import type { ErrorReasonIR } from '../../ir/types.js';
import { stringLiteral } from '../naming/literals.js';
import { isGenericReason, type ReasonNames } from '../naming/reason-names.js';

/** What methods and the reasons module need from the reason catalog, when there is one. */
export interface ReasonContext {
  names: ReasonNames;
  byName: ReadonlyMap<string, ErrorReasonIR>;
  /** Names of the reasons every operation can raise. */
  generic: ReadonlySet<string>;
}

/** The catalog's lookup tables. */
export function reasonContext(reasons: readonly ErrorReasonIR[], names: ReasonNames): ReasonContext {
  return {
    names,
    byName: new Map(reasons.map((reason) => [reason.reason, reason])),
    generic: new Set(reasons.filter(isGenericReason).map((reason) => reason.reason)),
  };
}

/**
 * An operation's reasons split into its own and the generic ones, which are
 * named by their union when the operation has all of them (after the scoping
 * pass it always does).
 */
export function splitReasons(reasons: readonly string[], ctx: ReasonContext): { own: string[]; withGeneric: boolean } {
  const withGeneric = ctx.generic.size > 0 && [...ctx.generic].every((reason) => reasons.includes(reason));
  return { own: withGeneric ? reasons.filter((reason) => !ctx.generic.has(reason)) : [...reasons], withGeneric };
}

/** The reasons of one operation as a type: `'CALL_NOT_FOUND' | GenericErrorReason`; `never` when it has none. */
export function operationReasonType(reasons: readonly string[], ctx: ReasonContext): string {
  const { own, withGeneric } = splitReasons(reasons, ctx);
  const parts = [...own.map(stringLiteral), ...(withGeneric ? [ctx.names.generic] : [])];
  return parts.length === 0 ? 'never' : parts.join(' | ');
}
