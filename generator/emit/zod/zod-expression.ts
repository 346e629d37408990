import type { SchemaIR } from '../../ir/types.js';
import { propertyKey, scalarLiteral } from '../naming/literals.js';

/** Names the zod schema variable of a model pointer (`CallSchema`), or undefined. */
export type ZodNameOf = (pointer: string) => string | undefined;

/**
 * SchemaIR → a zod expression. Refs are `z.lazy`, so models may be declared
 * in any order and refer to themselves. Objects are loose: properties the
 * spec does not list pass through (a tolerant reader, so a server adding a
 * field breaks nothing). Every literal is escaped.
 */
export function zodExpression(schema: SchemaIR, nameOf: ZodNameOf): string {
  const base = baseExpression(schema, nameOf);
  return schema.nullable && schema.kind !== 'unknown' && !(schema.kind === 'primitive' && schema.type === 'null') ? `${base}.nullable()` : base;
}

function baseExpression(schema: SchemaIR, nameOf: ZodNameOf): string {
  switch (schema.kind) {
    case 'ref': {
      const name = nameOf(schema.target);
      return name ? `z.lazy(() => ${name})` : 'z.unknown()';
    }
    case 'primitive':
      return primitive(schema.type, schema.format);
    case 'literal':
      return schema.value === null ? 'z.null()' : `z.literal(${scalarLiteral(schema.value)})`;
    case 'enum':
      return enumExpression(schema.members.map((member) => member.value));
    case 'array':
      return `z.array(${zodExpression(schema.items, nameOf)})`;
    case 'object':
      return objectExpression(schema, nameOf);
    case 'union':
      return several(schema.variants.map((variant) => zodExpression(variant, nameOf)), (all) => `z.union([${all.join(', ')}])`);
    case 'intersection':
      return several(schema.parts.map((part) => zodExpression(part, nameOf)), (all) => all.reduce((left, right) => `z.intersection(${left}, ${right})`));
    case 'unknown':
      return 'z.unknown()';
  }
}

function primitive(type: string, format: string | undefined): string {
  switch (type) {
    case 'string':
      // Binary data never arrives inside JSON; in a multipart body it is a Blob or bytes.
      return format === 'binary' ? 'z.unknown()' : 'z.string()';
    case 'integer':
    case 'number':
      return 'z.number()';
    case 'boolean':
      return 'z.boolean()';
    default:
      return 'z.null()';
  }
}

function enumExpression(values: (string | number | boolean | null)[]): string {
  if (values.length > 0 && values.every((value) => typeof value === 'string')) return `z.enum([${values.map((value) => scalarLiteral(value)).join(', ')}])`;
  return several(
    values.map((value) => (value === null ? 'z.null()' : `z.literal(${scalarLiteral(value)})`)),
    (all) => `z.union([${all.join(', ')}])`,
  );
}

function objectExpression(schema: Extract<SchemaIR, { kind: 'object' }>, nameOf: ZodNameOf): string {
  if (schema.properties.length === 0) {
    const values = typeof schema.additional === 'object' ? zodExpression(schema.additional, nameOf) : 'z.unknown()';
    return `z.record(z.string(), ${values})`;
  }
  const members = schema.properties.map((property) => `${propertyKey(property.name)}: ${zodExpression(property.schema, nameOf)}${property.required ? '' : '.optional()'}`);
  return `z.looseObject({ ${members.join(', ')} })`;
}

/** None: anything; one: itself; more: combined. */
function several(expressions: string[], combine: (all: string[]) => string): string {
  const unique = [...new Set(expressions)];
  if (unique.length === 0) return 'z.unknown()';
  return unique.length === 1 ? unique[0]! : combine(unique);
}
