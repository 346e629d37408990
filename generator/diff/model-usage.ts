import type { NamedSchemaIR, OperationIR, SchemaIR } from '../ir/types.js';
import type { SdkSurface } from './sdk-surface.js';
import type { Direction } from './types.js';

/**
 * Which way each model's data flows, by model name: `request` when only
 * reachable from parameters and bodies, `response` when only from responses,
 * `both` when from both, or from neither (an exported type users may use
 * either way, so judged by the stricter rule).
 */
export function modelDirections(surfaces: SdkSurface[]): Map<string, Direction> {
  const requests = new Set<string>();
  const responses = new Set<string>();
  for (const surface of surfaces) {
    for (const operation of surface.ir.operations) {
      for (const schema of requestSchemas(operation)) reach(schema, surface.index, requests, surface.modelNames);
      for (const schema of responseSchemas(operation)) reach(schema, surface.index, responses, surface.modelNames);
    }
  }
  const names = new Set(surfaces.flatMap((surface) => [...surface.modelNames.values()]));
  return new Map([...names].map((name) => [name, direction(requests.has(name), responses.has(name))]));
}

function direction(inRequest: boolean, inResponse: boolean): Direction {
  if (inRequest && !inResponse) return 'request';
  if (inResponse && !inRequest) return 'response';
  return 'both';
}

function requestSchemas(operation: OperationIR): SchemaIR[] {
  const { path, query, header, cookie } = operation.params;
  return [...[...path, ...query, ...header, ...cookie].map((parameter) => parameter.schema), ...(operation.body ? [operation.body.schema] : [])];
}

function responseSchemas(operation: OperationIR): SchemaIR[] {
  return [
    ...operation.responses.flatMap((response) => (response.schema ? [response.schema] : [])),
    ...(operation.pagination ? [operation.pagination.item] : []),
  ];
}

/** Adds the name of every model a schema reaches, following refs transitively. */
function reach(schema: SchemaIR, index: Map<string, NamedSchemaIR>, seen: Set<string>, names: Map<string, string>): void {
  const stack = [schema];
  while (stack.length > 0) {
    const node = stack.pop() as SchemaIR;
    switch (node.kind) {
      case 'ref': {
        const name = names.get(node.target);
        const target = index.get(node.target);
        if (name === undefined || seen.has(name) || !target) break;
        seen.add(name);
        stack.push(target.schema);
        break;
      }
      case 'array':
        stack.push(node.items);
        break;
      case 'object':
        stack.push(...node.properties.map((property) => property.schema));
        if (typeof node.additional !== 'boolean') stack.push(node.additional);
        break;
      case 'union':
        stack.push(...node.variants);
        break;
      case 'intersection':
        stack.push(...node.parts);
        break;
      default:
        break;
    }
  }
}
