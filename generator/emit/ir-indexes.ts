import { operationIndex } from '../ir/operation-lookup.js';
import { schemaIndex } from '../ir/schema-lookup.js';
import type { ApiIR, NamedSchemaIR, OperationIR } from '../ir/types.js';

/**
 * The IR's lookups by pointer, made once per IR emitted rather than once per resource file (the IR does not change
 * while it is emitted): on GitHub's spec every file rebuilt the 1,223 operations' index.
 */
const indexes = new WeakMap<ApiIR, { operations: Map<string, OperationIR>; schemas: Map<string, NamedSchemaIR> }>();

function indexesOf(ir: ApiIR): { operations: Map<string, OperationIR>; schemas: Map<string, NamedSchemaIR> } {
  let known = indexes.get(ir);
  if (!known) {
    known = { operations: operationIndex(ir), schemas: schemaIndex(ir) };
    indexes.set(ir, known);
  }
  return known;
}

/** The IR's operations by pointer. */
export function operationsByPointer(ir: ApiIR): ReadonlyMap<string, OperationIR> {
  return indexesOf(ir).operations;
}

/** The IR's named schemas by pointer. */
export function schemasByPointer(ir: ApiIR): ReadonlyMap<string, NamedSchemaIR> {
  return indexesOf(ir).schemas;
}
