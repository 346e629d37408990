import type { ApiIR, NamedSchemaIR, PropertyIR, SchemaIR } from './types.js';

/** Schemas by pointer, for following refs inside one IR. */
export function schemaIndex(ir: Pick<ApiIR, 'schemas'>): Map<string, NamedSchemaIR> {
  return new Map(ir.schemas.map((named) => [named.pointer, named]));
}

/** Follows ref chains to the schema they name (or the ref itself when dangling or looping). */
export function derefSchema(index: ReadonlyMap<string, NamedSchemaIR>, schema: SchemaIR): SchemaIR {
  const seen = new Set<string>();
  let current = schema;
  while (current.kind === 'ref' && !seen.has(current.target)) {
    seen.add(current.target);
    const target = index.get(current.target);
    if (!target) return current;
    current = target.schema;
  }
  return current;
}

/**
 * The properties an object-like schema has, flattening refs and allOf parts
 * (later parts win on a name clash). Unions contribute nothing: their
 * properties are not guaranteed.
 */
export function flattenProperties(index: ReadonlyMap<string, NamedSchemaIR>, schema: SchemaIR, seen = new Set<string>()): PropertyIR[] {
  if (schema.kind === 'ref') {
    if (seen.has(schema.target)) return [];
    seen.add(schema.target);
    const target = index.get(schema.target);
    return target ? flattenProperties(index, target.schema, seen) : [];
  }
  if (schema.kind === 'object') return schema.properties;
  if (schema.kind === 'intersection') {
    const byName = new Map<string, PropertyIR>();
    for (const part of schema.parts) for (const property of flattenProperties(index, part, seen)) byName.set(property.name, property);
    return [...byName.values()];
  }
  return [];
}
