import { change } from './impact.js';
import { code } from './markdown-code.js';
import type { SurfacePair } from './schema-changes.js';
import type { SdkMethod } from './sdk-surface.js';
import type { SdkChange } from './types.js';

/** Resources (the `client.x.y` namespaces) added and removed. */
export function resourceChanges(pair: SurfacePair): SdkChange[] {
  const [old, now] = [pair.before.resources, pair.after.resources];
  return [
    ...[...old].filter((path) => !now.has(path)).map((path) => change({ kind: 'resource-removed', bump: 'major', target: path, message: `The resource ${code(path)} was removed.` })),
    ...[...now].filter((path) => !old.has(path)).map((path) => change({ kind: 'resource-added', bump: 'minor', target: path, message: `New resource ${code(path)}.` })),
  ];
}

/**
 * Methods matched by their HTTP operation (method and path, parameter names
 * aside): added, removed, renamed in the SDK, newly deprecated. Returns the
 * pairs present in both, for the finer comparisons.
 */
export function methodChanges(pair: SurfacePair): { changes: SdkChange[]; matched: [SdkMethod, SdkMethod][] } {
  const [old, now] = [pair.before.methods, pair.after.methods];
  const changes: SdkChange[] = [];
  const matched: [SdkMethod, SdkMethod][] = [];
  for (const [identity, method] of old) {
    const next = now.get(identity);
    if (!next) {
      changes.push(change({ kind: 'method-removed', bump: 'major', target: method.sdkPath, operation: method.label, message: `${code(`${method.sdkPath}()`)} was removed.` }));
      continue;
    }
    matched.push([method, next]);
    if (next.sdkPath !== method.sdkPath) {
      const message = `${code(`${method.sdkPath}()`)} is now ${code(`${next.sdkPath}()`)}.`;
      changes.push(change({ kind: 'method-renamed', bump: 'major', target: next.sdkPath, operation: next.label, before: method.sdkPath, after: next.sdkPath, message }));
    }
    if (next.operation.deprecated && !method.operation.deprecated) {
      changes.push(change({ kind: 'method-deprecated', bump: 'minor', target: next.sdkPath, operation: next.label, message: `${code(`${next.sdkPath}()`)} is deprecated.` }));
    }
  }
  for (const [identity, method] of now) {
    if (!old.has(identity)) changes.push(change({ kind: 'method-added', bump: 'minor', target: method.sdkPath, operation: method.label, message: `New method ${code(`${method.sdkPath}()`)}.` }));
  }
  return { changes, matched };
}
