import type { NamingHooks } from '../../config/hooks.js';
import type { ApiIR, OperationIR } from '../../ir/types.js';
import { schemaIndex } from '../../ir/schema-lookup.js';
import { methodNames } from './emit-resources.js';
import { operationInputs, type OperationInputs } from './operation-inputs.js';
import { nameResources, type ResourceNames } from './resource-names.js';

/** How SDK users reach one operation: `client.serviceAgents.calls.list(…)`. */
export interface SdkMethod {
  operation: OperationIR;
  /** Property path from the client to the method: `['serviceAgents', 'calls', 'list']`. */
  accessor: string[];
  inputs: OperationInputs;
}

/**
 * The SDK's public surface, by the same naming rules the client emitter
 * uses: for tests that drive a generated SDK and for SDK-level diffs.
 */
export function sdkSurface(ir: ApiIR, namingHooks: NamingHooks = {}): SdkMethod[] {
  const methods = methodNames({ ir, config: { namingHooks } });
  const resources = nameResources(ir.resources, (node) => node.operations.map((pointer) => methods.get(pointer) as string), new Set(), namingHooks);
  const index = schemaIndex(ir);
  const byPointer = new Map(ir.operations.map((operation) => [operation.pointer, operation]));
  const surface: SdkMethod[] = [];
  const visit = (node: ResourceNames, prefix: string[]) => {
    const path = [...prefix, node.propertyName];
    for (const pointer of node.node.operations) {
      const operation = byPointer.get(pointer) as OperationIR;
      surface.push({ operation, accessor: [...path, methods.get(pointer) as string], inputs: operationInputs(operation, index, namingHooks) });
    }
    for (const child of node.children) visit(child, path);
  };
  for (const top of resources) visit(top, []);
  return surface;
}
