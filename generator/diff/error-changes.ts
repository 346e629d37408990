import { errorClassFor } from '../emit/client/error-classes.js';
import { change } from './impact.js';
import { code } from './markdown-code.js';
import type { SurfacePair } from './schema-changes.js';
import type { SdkMethod } from './sdk-surface.js';
import type { SdkChange } from './types.js';

/** Methods named in one change before the rest are counted. */
const SHOWN_METHODS = 5;

/**
 * Error reasons, one change per reason: new or removed in the catalog, and the
 * methods (present in both versions) that can now, or no longer, raise it.
 * Reasons are an open set the server may extend at any time, so the SDK must
 * already cope with unknown ones: adding is minor, removing a patch.
 */
export function reasonChanges(pair: SurfacePair, matched: [SdkMethod, SdkMethod][]): SdkChange[] {
  const catalog = (surface: SurfacePair['before']) => new Set(surface.ir.errors.reasons.map((reason) => reason.reason));
  const [old, now] = [catalog(pair.before), catalog(pair.after)];
  const names = [...new Set([...old, ...now, ...matched.flatMap(([b, a]) => [...b.operation.reasons, ...a.operation.reasons])])].sort();
  const changes: SdkChange[] = [];
  for (const reason of names) {
    const gained = matched.filter(([b, a]) => a.operation.reasons.includes(reason) && !b.operation.reasons.includes(reason)).map(([, a]) => a.sdkPath);
    const lost = matched.filter(([b, a]) => b.operation.reasons.includes(reason) && !a.operation.reasons.includes(reason)).map(([, a]) => a.sdkPath);
    if ((!old.has(reason) && now.has(reason)) || gained.length > 0) {
      const head = old.has(reason) || !now.has(reason) ? `Error reason ${code(reason)}` : `New error reason ${code(reason)}`;
      changes.push(change({ kind: 'reason-added', bump: 'minor', target: reason, ...(gained.length ? { methods: gained } : {}), message: `${head}${gained.length ? ` can now be raised by ${methodList(gained)}` : ''}.` }));
    }
    if ((old.has(reason) && !now.has(reason)) || lost.length > 0) {
      const head = now.has(reason) || !old.has(reason) ? `Error reason ${code(reason)}` : `Error reason ${code(reason)} was removed from the catalog`;
      const tail = lost.length ? `${now.has(reason) ? ' is' : ';'} no longer raised by ${methodList(lost)}` : '';
      changes.push(change({ kind: 'reason-removed', bump: 'patch', target: reason, ...(lost.length ? { methods: lost } : {}), message: `${head}${tail}.` }));
    }
  }
  return changes;
}

/**
 * Documented error statuses, one change per status: the methods (present in
 * both versions) that now, or no longer, document it as a `@throws` of its
 * typed error class.
 */
export function errorStatusChanges(matched: [SdkMethod, SdkMethod][]): SdkChange[] {
  const statuses = [...new Set(matched.flatMap(([b, a]) => [...b.operation.errorStatuses, ...a.operation.errorStatuses]))].sort((x, y) => x - y);
  const changes: SdkChange[] = [];
  for (const status of statuses) {
    const target = `${errorClassFor(status)} (${status})`;
    const label = `${code(errorClassFor(status))} (${status})`;
    const gained = matched.filter(([b, a]) => a.operation.errorStatuses.includes(status) && !b.operation.errorStatuses.includes(status)).map(([, a]) => a.sdkPath);
    const lost = matched.filter(([b, a]) => b.operation.errorStatuses.includes(status) && !a.operation.errorStatuses.includes(status)).map(([, a]) => a.sdkPath);
    if (gained.length) changes.push(change({ kind: 'error-status-added', bump: 'minor', target, methods: gained, message: `${label} is now documented for ${methodList(gained)}.` }));
    if (lost.length) changes.push(change({ kind: 'error-status-removed', bump: 'patch', target, methods: lost, message: `${label} is no longer documented for ${methodList(lost)}.` }));
  }
  return changes;
}

function methodList(paths: string[]): string {
  const shown = paths.slice(0, SHOWN_METHODS).map(code).join(', ');
  return paths.length > SHOWN_METHODS ? `${shown} and ${paths.length - SHOWN_METHODS} more` : shown;
}
