import type { NamingHooks } from '../config/hooks.js';
import { clientNames, modelNames as declaredModelNames } from '../emit/client/emit-client.js';
import { operationInputs, type OperationInputs } from '../emit/client/operation-inputs.js';
import type { ResourceNames } from '../emit/client/resource-names.js';
import type { TypeContext } from '../emit/types/type-expression.js';
import { schemaIndex } from '../ir/schema-lookup.js';
import type { ApiIR, NamedSchemaIR, OperationIR } from '../ir/types.js';
import { operationIndex } from '../ir/operation-lookup.js';

/** One SDK method: the operation behind it and the name users call it by. */
export interface SdkMethod {
  /** `POST /calls/{}/hangup`: method and path with parameter names blanked (they are positional in the SDK). */
  identity: string;
  /** `POST /calls/{id}/hangup`, as the spec writes it. */
  label: string;
  /** `client.calls.hangup`. */
  sdkPath: string;
  operation: OperationIR;
  /** The method's arguments and params-object keys, as the client emitter settles them. */
  inputs: OperationInputs;
}

/** What an SDK generated from one IR exposes, under the names the emitters give it. */
export interface SdkSurface {
  ir: ApiIR;
  index: Map<string, NamedSchemaIR>;
  /** Type name per schema pointer. */
  modelNames: Map<string, string>;
  /** By identity. */
  methods: Map<string, SdkMethod>;
  /** SDK paths of the resources: `client.calls`, `client.serviceAgents.calls`. */
  resources: Set<string>;
  typeContext(direction: TypeContext['direction']): TypeContext;
}

export function operationIdentity(operation: Pick<OperationIR, 'method' | 'path'>): string {
  return `${operation.method.toUpperCase()} ${operation.path.replace(/\{[^}]*\}/g, '{}')}`;
}

/** The SDK surface of an IR, named by the same code (and naming hooks) that name the emitted SDK. */
export function sdkSurface(ir: ApiIR, clientName: string, namingHooks: NamingHooks = {}): SdkSurface {
  const modelNames = declaredModelNames(ir.schemas, namingHooks, clientName).names;
  const names = clientNames({ ir, schemaNames: modelNames, config: { clientName, namingHooks } });
  const byPointer = operationIndex(ir);
  const index = schemaIndex(ir);
  const methods = new Map<string, SdkMethod>();
  const resources = new Set<string>();
  const visit = (node: ResourceNames, prefix: string) => {
    const path = `${prefix}.${node.propertyName}`;
    resources.add(path);
    for (const pointer of node.node.operations) {
      const operation = byPointer.get(pointer) as OperationIR;
      const label = `${operation.method.toUpperCase()} ${operation.path}`;
      // Two paths that differ only in parameter names would share an identity: keep them apart by label.
      const identity = methods.has(operationIdentity(operation)) ? label : operationIdentity(operation);
      methods.set(identity, { identity, label, sdkPath: `${path}.${names.methods.get(pointer)}`, operation, inputs: operationInputs(operation, index, namingHooks) });
    }
    for (const child of node.children) visit(child, path);
  };
  for (const top of names.resources) visit(top, 'client');
  return {
    ir,
    index,
    modelNames,
    methods,
    resources,
    typeContext: (direction) => ({ direction, nameOf: (pointer) => modelNames.get(pointer) }),
  };
}
