import type { Diagnostic } from '../../diagnostics/types.js';
import { sha256 } from '../../hash/lazy-crypto.js';
import type { ReasonGroup } from '../../reasons/types.js';
import type { ErrorReasonIR, OperationIR } from '../types.js';

/** What scoping reasons found: the pointers of the operations each reason applies to (reasons sorted by name), and its diagnostics. */
export interface Scoped {
  operations: string[][];
  diagnostics: Diagnostic[];
}

/** Scopings by the sha256 of all they read. */
export type ScopeMemo = ReadonlyMap<string, Scoped>;

/**
 * Remembers how reasons were scoped to operations (attach-reasons.ts), by all the scoping reads: each operation's
 * pointer, method and path, the reasons and the groups. An edit that leaves those alone (any path file edit but
 * one to a path or a method) scopes from the memo instead of matching every pattern against every operation
 * again. Inputs holding a number JSON has no form for are never kept: their text would stand for other inputs too.
 */
export class ReasonScopes {
  private readonly remembered = new Map<string, Scoped>();

  constructor(private readonly previous: ScopeMemo = new Map()) {}

  /** What this run scoped or reused, for the next run. */
  get memo(): ScopeMemo {
    return this.remembered;
  }

  scoped(operations: readonly OperationIR[], reasons: readonly ErrorReasonIR[], groups: readonly ReasonGroup[], scope: () => Scoped): Scoped {
    let faithful = true;
    const read = JSON.stringify([operations.map(({ pointer, method, path }) => [pointer, method, path]), reasons, groups], (_key, value: unknown) => {
      if (typeof value === 'number' && !Number.isFinite(value)) faithful = false;
      return value;
    });
    if (!faithful) return scope();
    const key = sha256(read);
    const scoped = this.previous.get(key) ?? scope();
    this.remembered.set(key, scoped);
    return scoped;
  }
}
