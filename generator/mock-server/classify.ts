import type { ApiIR, OperationIR, SchemaIR } from '../ir/types.js';

/** What an operation does to the store. */
export type Role = 'list' | 'create' | 'read' | 'update' | 'delete' | 'action' | 'other';

/** A collection of records: `/tags` with items at `/tags/{id}`. */
export interface Collection {
  /** Path template of the collection, e.g. `/contacts/{id}/emails`. */
  path: string;
  /** Path template of one record, e.g. `/contacts/{id}/emails/{email_id}`. */
  itemPath: string;
  /** Name of the path parameter that holds the record id. */
  idParam: string;
  /** Schema of one record. */
  item: SchemaIR;
}

export interface ClassifiedOperation {
  operation: OperationIR;
  role: Role;
  collection?: Collection;
}

const ITEM_PATH = /^(.*)\/\{([^}/]+)\}$/;

function successSchema(operation: OperationIR | undefined): SchemaIR | undefined {
  return operation?.success?.kind === 'json' ? operation.success.schema : undefined;
}

/** Collections by path: a path with a `{param}` child, whose record schema is known from a read, a list or a create. */
function findCollections(operations: OperationIR[]): Map<string, Collection> {
  const byPath = new Map<string, OperationIR[]>();
  for (const operation of operations) byPath.set(operation.path, [...(byPath.get(operation.path) ?? []), operation]);
  const find = (path: string, method: string) => byPath.get(path)?.find((operation) => operation.method === method);
  const collections = new Map<string, Collection>();
  for (const itemPath of byPath.keys()) {
    const match = ITEM_PATH.exec(itemPath);
    if (!match) continue;
    const [, path, idParam] = match as unknown as [string, string, string];
    if (!byPath.has(path)) continue;
    const read = successSchema(find(itemPath, 'get'));
    const listed = find(path, 'get')?.pagination?.item;
    const created = successSchema(find(path, 'post'));
    const item = [read, listed, created].find((schema) => schema?.kind === 'ref');
    if (item) collections.set(path, { path, itemPath, idParam, item });
  }
  return collections;
}

/** The role of every operation, and the collection it works on. */
export function classifyOperations(ir: Pick<ApiIR, 'operations'>): ClassifiedOperation[] {
  const collections = findCollections(ir.operations);
  const itemCollections = [...collections.values()].sort((a, b) => b.itemPath.length - a.itemPath.length);
  return ir.operations.map((operation): ClassifiedOperation => {
    const asCollection = collections.get(operation.path);
    if (asCollection && operation.method === 'get' && operation.pagination) return { operation, role: 'list', collection: asCollection };
    if (asCollection && operation.method === 'post') return { operation, role: 'create', collection: asCollection };
    const exact = itemCollections.find((collection) => collection.itemPath === operation.path);
    if (exact) {
      const role = operation.method === 'get' ? 'read' : operation.method === 'put' || operation.method === 'patch' ? 'update' : operation.method === 'delete' ? 'delete' : 'action';
      return { operation, role, collection: exact };
    }
    const under = itemCollections.find((collection) => operation.path.startsWith(`${collection.itemPath}/`));
    return under ? { operation, role: 'action', collection: under } : { operation, role: 'other' };
  });
}
