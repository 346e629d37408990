import type { ErrorReasonIR } from '../../ir/types.js';
import { pascalCase, uniqueName, words } from './identifiers.js';

/** The type names of the SDK's reasons module (`src/reasons.ts`), settled once per run. */
export interface ReasonNames {
  /** The `as const` object and the union of every reason: `ErrorReason`. */
  reason: string;
  /** What `reasonInfo()` returns: `ErrorReasonInfo`. */
  info: string;
  /** Reasons every operation can raise: `GenericErrorReason`. */
  generic: string;
  /** Operation key (`calls.hangup`) → its reasons: `OperationErrorReasons`. */
  operations: string;
  /** Union per catalog group, by raw group name (`Call Reasons` → `CallErrorReason`). */
  groups: Map<string, string>;
}

/** A reason that applies to every operation (its catalog scope is `*`). */
export function isGenericReason(reason: ErrorReasonIR): boolean {
  return reason.appliesTo.includes('*');
}

/**
 * Names for the reasons module, avoiding (and adding to) `taken`. Fixed names
 * come first, then group unions in group-name order. A group whose reasons are
 * exactly the generic ones gets no union of its own: `GenericErrorReason` is it.
 */
export function assignReasonNames(reasons: readonly ErrorReasonIR[], taken: Set<string>): ReasonNames {
  const names = {
    reason: uniqueName('ErrorReason', taken),
    info: uniqueName('ErrorReasonInfo', taken),
    generic: uniqueName('GenericErrorReason', taken),
    operations: uniqueName('OperationErrorReasons', taken),
    groups: new Map<string, string>(),
  };
  const generic = reasons.filter(isGenericReason).map((reason) => reason.reason);
  for (const [group, members] of reasonsByGroup(reasons)) {
    if (sameMembers(members, generic)) continue;
    names.groups.set(group, uniqueName(`${pascalCase(groupStem(group))}ErrorReason`, taken));
  }
  return names;
}

/** Reason names per group, groups sorted by name, members in catalog (name) order. */
export function reasonsByGroup(reasons: readonly ErrorReasonIR[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const group of [...new Set(reasons.map((reason) => reason.group))].sort()) {
    groups.set(group, reasons.filter((reason) => reason.group === group).map((reason) => reason.reason));
  }
  return groups;
}

/** `Call Reasons` → `Call`, `Flow / Activeflow Reasons` → `Flow Activeflow`; a group called just `Reasons` stays. */
function groupStem(group: string): string {
  const parts = words(group);
  const last = parts.at(-1)?.toLowerCase();
  const kept = parts.length > 1 && (last === 'reasons' || last === 'reason') ? parts.slice(0, -1) : parts;
  return kept.join(' ') || 'Ungrouped';
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name) => b.includes(name));
}
