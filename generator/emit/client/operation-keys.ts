import type { EmitContext } from '../emitter.js';
import { methodNames } from './emit-resources.js';
import { nameResources, type ResourceNames } from './resource-names.js';

/**
 * The key of every operation, by pointer: the property path of its method on
 * the client, `calls.hangup` for `client.calls.hangup()`,
 * `serviceAgents.calls.list` for `client.serviceAgents.calls.list()`. Errors
 * carry it as `operation`; `OperationErrorReasons` is keyed by it.
 */
export function operationKeys(resources: readonly ResourceNames[], methods: ReadonlyMap<string, string>): Map<string, string> {
  const keys = new Map<string, string>();
  const visit = (node: ResourceNames, prefix: string) => {
    const path = `${prefix}${node.propertyName}`;
    for (const pointer of node.node.operations) keys.set(pointer, `${path}.${methods.get(pointer) as string}`);
    for (const child of node.children) visit(child, `${path}.`);
  };
  for (const resource of resources) visit(resource, '');
  return keys;
}

/** The same keys for emitters outside the client (errors, mocks): property names do not depend on the type names taken. */
export function operationKeysOf(ctx: Pick<EmitContext, 'ir' | 'config'>): Map<string, string> {
  const methods = methodNames(ctx);
  const resources = nameResources(ctx.ir.resources, (node) => node.operations.map((pointer) => methods.get(pointer) as string), new Set(), ctx.config.namingHooks);
  return operationKeys(resources, methods);
}
