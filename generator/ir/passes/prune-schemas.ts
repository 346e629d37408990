import type { ApiIR, OperationIR, SchemaIR } from '../types.js';

/**
 * Drops the models no kept operation's method uses (through parameters,
 * bodies, the success response, and refs from model to model). A list
 * method returns its items, so a paginated operation reaches its item type,
 * not the page envelope. Errors are read through the error envelope, which stays.
 */
export function pruneSchemas(ir: ApiIR): ApiIR {
  const byPointer = new Map(ir.schemas.map((named) => [named.pointer, named]));
  const reached = new Set<string>();
  const pending: string[] = [];
  const visit = (schema: SchemaIR | undefined) => forEachRef(schema, (target) => {
    if (reached.has(target)) return;
    reached.add(target);
    pending.push(target);
  });
  for (const operation of ir.operations) operationSchemas(operation).forEach(visit);
  if (ir.errors.envelope) {
    reached.add(ir.errors.envelope);
    pending.push(ir.errors.envelope);
  }
  while (pending.length > 0) visit(byPointer.get(pending.pop()!)?.schema);
  const schemas = ir.schemas.filter((named) => reached.has(named.pointer));
  return schemas.length === ir.schemas.length ? ir : { ...ir, schemas };
}

function operationSchemas(operation: OperationIR): (SchemaIR | undefined)[] {
  const { path, query, header, cookie } = operation.params;
  return [
    ...[...path, ...query, ...header, ...cookie].map((parameter) => parameter.schema),
    operation.body?.schema,
    operation.pagination ? operation.pagination.item : operation.success?.schema,
  ];
}

/** Calls `found` with the target of every ref inside one schema (not following refs). */
export function forEachRef(schema: SchemaIR | undefined, found: (target: string) => void): void {
  if (!schema) return;
  switch (schema.kind) {
    case 'ref':
      return found(schema.target);
    case 'array':
      return forEachRef(schema.items, found);
    case 'object':
      schema.properties.forEach((property) => forEachRef(property.schema, found));
      if (typeof schema.additional === 'object') forEachRef(schema.additional, found);
      return;
    case 'union':
      schema.variants.forEach((variant) => forEachRef(variant, found));
      schema.discriminator?.mapping.forEach((entry) => found(entry.target));
      return;
    case 'intersection':
      return schema.parts.forEach((part) => forEachRef(part, found));
    default:
      return;
  }
}
