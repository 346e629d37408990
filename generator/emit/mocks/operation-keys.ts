import type { EmitContext } from '../emitter.js';
import { methodNames } from '../client/emit-resources.js';
import { nameResources, type ResourceNames } from '../client/resource-names.js';

/**
 * The SDK call path of every operation, by pointer: `calls.hangup`,
 * `serviceAgents.calls.list`. Names come from the client's own naming, so a
 * mock key reads exactly like the call it stands for.
 */
export function operationKeys(ctx: EmitContext): Map<string, string> {
  const methods = methodNames(ctx);
  // Property names do not depend on the taken type names, so a scratch set gives the client's names.
  const resources = nameResources(ctx.ir.resources, (node) => node.operations.map((pointer) => methods.get(pointer) as string), new Set());
  const keys = new Map<string, string>();
  const visit = (node: ResourceNames, prefix: string) => {
    const path = `${prefix}${node.propertyName}`;
    for (const pointer of node.node.operations) keys.set(pointer, `${path}.${methods.get(pointer) as string}`);
    for (const child of node.children) visit(child, `${path}.`);
  };
  for (const node of resources) visit(node, '');
  return keys;
}
