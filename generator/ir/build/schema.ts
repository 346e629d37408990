import type { EnumMemberIR, LiteralValue, PrimitiveType, PropertyIR, SchemaConstraints, SchemaDocs, SchemaIR } from '../types.js';
import { child, describe, isObject, report, stringOrUndefined, type BuildContext, type RawObject } from './context.js';

const PRIMITIVES = new Set<string>(['string', 'number', 'integer', 'boolean', 'null']);
const CONSTRAINT_KEYS = [
  'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
  'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties',
] as const;
const UNSUPPORTED_KEYS = ['not', 'if', 'then', 'else', 'patternProperties', 'prefixItems', 'dependentSchemas'] as const;
/** Keywords few schemas use: one pass over a schema's own keys tells whether to ask for each of them by name. */
const RARE_KEYS = new Set<string>([...CONSTRAINT_KEYS, ...UNSUPPORTED_KEYS]);
const MAX_DEPTH = 200;

/** OpenAPI Schema Object (3.0 or 3.1) → SchemaIR. Refs stay refs, so cycles never expand. */
export function buildSchema(ctx: BuildContext, raw: unknown, pointer: string, depth = 0): SchemaIR {
  if (raw === true || raw === undefined) return { kind: 'unknown', pointer };
  if (raw === false) return { kind: 'unknown', pointer, reason: 'schema is false' };
  if (!isObject(raw)) {
    report(ctx, 'warning', 'schema-invalid', pointer, `Expected a schema object at ${pointer}, found ${describe(raw)}; typed as unknown.`);
    return { kind: 'unknown', pointer, reason: 'not a schema object' };
  }
  if (depth > MAX_DEPTH) {
    report(ctx, 'warning', 'schema-too-deep', pointer, `Schema nesting exceeds ${MAX_DEPTH} levels at ${pointer}; typed as unknown.`);
    return { kind: 'unknown', pointer, reason: 'too deep' };
  }
  // Spec objects each have a shape of their own, so asking one for a keyword it lacks is slow: look at the keys it has.
  const rare = Object.keys(raw).some((key) => RARE_KEYS.has(key));
  const docs = schemaDocs(raw, pointer, rare);
  if (rare) {
    for (const key of UNSUPPORTED_KEYS) {
      if (raw[key] !== undefined) {
        report(ctx, 'info', 'schema-keyword-ignored', child(pointer, key), `"${key}" at ${pointer} is not expressed in TypeScript types; it is ignored.`);
      }
    }
  }
  if (typeof raw.$ref === 'string') return { ...docs, kind: 'ref', target: raw.$ref };
  const next = (node: unknown, ...tokens: (string | number)[]) => buildSchema(ctx, node, child(pointer, ...tokens), depth + 1);

  const composite = buildComposite(ctx, raw, pointer, docs, next);
  if (composite) return composite;
  if (raw.const !== undefined) return literalOrUnknown(ctx, raw.const, docs);
  if (Array.isArray(raw.enum)) return buildEnum(ctx, raw, docs);

  const types = typeList(raw);
  if (raw.type !== undefined && types.length !== (Array.isArray(raw.type) ? raw.type.length : 1)) {
    report(ctx, 'warning', 'schema-type-unknown', child(pointer, 'type'), `"type" at ${pointer} must be a type name or a list of them, found ${describe(raw.type)}; that part is ignored.`);
  }
  const nonNull = types.filter((type) => type !== 'null');
  if (types.includes('null') && nonNull.length > 0) docs.nullable = true;
  if (nonNull.length > 1) {
    return { ...docs, kind: 'union', variants: nonNull.map((type) => buildTyped(ctx, { ...raw, type }, pointer, docs, next)) };
  }
  const type = nonNull[0] ?? (types.includes('null') ? 'null' : inferType(raw));
  if (type === undefined) return { ...docs, kind: 'unknown' };
  return buildTyped(ctx, { ...raw, type }, pointer, docs, next);
}

type Next = (node: unknown, ...tokens: (string | number)[]) => SchemaIR;

function buildComposite(ctx: BuildContext, raw: RawObject, pointer: string, docs: SchemaDocs, next: Next): SchemaIR | undefined {
  const parts: SchemaIR[] = [];
  if (Array.isArray(raw.allOf)) parts.push(...raw.allOf.map((part, index) => next(part, 'allOf', index)));
  const unionKey = Array.isArray(raw.oneOf) ? 'oneOf' : Array.isArray(raw.anyOf) ? 'anyOf' : undefined;
  if (unionKey) {
    const variants = (raw[unionKey] as unknown[]).map((variant, index) => next(variant, unionKey, index));
    const discriminator = buildDiscriminator(ctx, raw, pointer);
    parts.push({ pointer: child(pointer, unionKey), kind: 'union', variants, ...(discriminator ? { discriminator } : {}) });
  }
  if (parts.length === 0) return undefined;
  const hasOwnShape = raw.properties !== undefined || raw.additionalProperties !== undefined;
  if (hasOwnShape) parts.push(buildObject(ctx, raw, pointer, { pointer }, next));
  if (parts.length === 1) {
    const only = parts[0] as SchemaIR;
    return mergeDocs(only, docs);
  }
  return { ...docs, kind: 'intersection', parts };
}

function mergeDocs(schema: SchemaIR, docs: SchemaDocs): SchemaIR {
  const merged = { ...schema } as SchemaIR & SchemaDocs;
  for (const [key, value] of Object.entries(docs)) {
    if (key !== 'pointer' && value !== undefined) (merged as unknown as Record<string, unknown>)[key] = value;
  }
  merged.pointer = docs.pointer;
  return merged;
}

function buildDiscriminator(ctx: BuildContext, raw: RawObject, pointer: string) {
  const discriminator = raw.discriminator;
  if (!isObject(discriminator)) return undefined;
  const propertyName = stringOrUndefined(discriminator.propertyName);
  if (!propertyName) {
    report(ctx, 'warning', 'discriminator-invalid', child(pointer, 'discriminator'), `Discriminator at ${pointer} has no propertyName; ignored.`);
    return undefined;
  }
  const mapping = isObject(discriminator.mapping)
    ? Object.entries(discriminator.mapping)
        .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
        .map(([value, target]) => ({ value, target: target.startsWith('#') ? target : `#/components/schemas/${target}` }))
    : [];
  return { propertyName, mapping };
}

function buildTyped(ctx: BuildContext, raw: RawObject, pointer: string, docs: SchemaDocs, next: Next): SchemaIR {
  const type = raw.type as string;
  switch (type) {
    case 'object':
      return buildObject(ctx, raw, pointer, docs, next);
    case 'array':
      return { ...docs, kind: 'array', items: raw.items === undefined ? { kind: 'unknown', pointer: child(pointer, 'items') } : next(raw.items, 'items') };
    default: {
      if (!PRIMITIVES.has(type)) {
        report(ctx, 'warning', 'schema-type-unknown', child(pointer, 'type'), `Unknown type "${type}" at ${pointer}; typed as unknown.`);
        return { ...docs, kind: 'unknown', reason: `unknown type ${type}` };
      }
      const format = stringOrUndefined(raw.format);
      return { ...docs, kind: 'primitive', type: type as PrimitiveType, ...(format ? { format } : {}) };
    }
  }
}

function buildObject(ctx: BuildContext, raw: RawObject, pointer: string, docs: SchemaDocs, next: Next): SchemaIR {
  const required = new Set(Array.isArray(raw.required) ? raw.required.filter((name) => typeof name === 'string') : []);
  const properties: PropertyIR[] = [];
  if (raw.properties !== undefined && !isObject(raw.properties)) {
    report(ctx, 'warning', 'schema-invalid', child(pointer, 'properties'), `"properties" at ${pointer} is not an object; ignored.`);
  } else if (isObject(raw.properties)) {
    for (const [name, property] of Object.entries(raw.properties)) {
      properties.push({ name, required: required.has(name), schema: next(property, 'properties', name) });
    }
  }
  const additionalRaw = raw.additionalProperties;
  const additional =
    additionalRaw === undefined
      ? properties.length === 0
      : typeof additionalRaw === 'boolean'
        ? additionalRaw
        : isObject(additionalRaw) && Object.keys(additionalRaw).length === 0
          ? true
          : next(additionalRaw, 'additionalProperties');
  return { ...docs, kind: 'object', properties, additional };
}

function buildEnum(ctx: BuildContext, raw: RawObject, docs: SchemaDocs): SchemaIR {
  const values = raw.enum as unknown[];
  const names = Array.isArray(raw['x-enum-varnames']) ? raw['x-enum-varnames'] : Array.isArray(raw['x-enumNames']) ? raw['x-enumNames'] : [];
  const descriptions = Array.isArray(raw['x-enum-descriptions']) ? raw['x-enum-descriptions'] : [];
  const members: EnumMemberIR[] = [];
  const seen = new Set<string>();
  let hasNull = false;
  values.forEach((value, index) => {
    if (value === null) {
      hasNull = true;
      return;
    }
    if (!isLiteral(value)) {
      report(ctx, 'warning', 'enum-value-invalid', child(docs.pointer, 'enum', index), `Enum value at ${docs.pointer}/enum/${index} is ${describe(value)}; skipped.`);
      return;
    }
    const key = JSON.stringify(value);
    if (seen.has(key)) return;
    seen.add(key);
    const name = stringOrUndefined(names[index]);
    const description = stringOrUndefined(descriptions[index]);
    members.push({ value, ...(name ? { name } : {}), ...(description ? { description } : {}) });
  });
  if (hasNull) docs.nullable = true;
  const declared = typeList(raw).find((type) => type !== 'null');
  const first = members[0]?.value;
  const type = (declared ?? (typeof first === 'number' ? 'number' : typeof first === 'boolean' ? 'boolean' : 'string')) as Exclude<PrimitiveType, 'null'>;
  if (members.length === 0 && hasNull) return { ...docs, kind: 'primitive', type: 'null' };
  if (members.length === 0) {
    report(ctx, 'warning', 'enum-empty', child(docs.pointer, 'enum'), `The enum at ${docs.pointer} has no usable value; typed as unknown.`);
    return { ...docs, kind: 'unknown', reason: 'empty enum' };
  }
  return { ...docs, kind: 'enum', type, members };
}

function literalOrUnknown(ctx: BuildContext, value: unknown, docs: SchemaDocs): SchemaIR {
  if (isLiteral(value)) return { ...docs, kind: 'literal', value };
  report(ctx, 'warning', 'const-unsupported', docs.pointer, `"const" at ${docs.pointer} is ${describe(value)}; only scalar consts are typed, this one is unknown.`);
  return { ...docs, kind: 'unknown', reason: 'non-scalar const' };
}

function isLiteral(value: unknown): value is LiteralValue {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function typeList(raw: RawObject): string[] {
  if (Array.isArray(raw.type)) return raw.type.filter((type): type is string => typeof type === 'string');
  return typeof raw.type === 'string' ? [raw.type] : [];
}

function inferType(raw: RawObject): string | undefined {
  if (raw.properties !== undefined || raw.additionalProperties !== undefined) return 'object';
  if (raw.items !== undefined) return 'array';
  return undefined;
}

/** `rare`: whether the schema has any of RARE_KEYS (else its constraints need no look-up). */
function schemaDocs(raw: RawObject, pointer: string, rare: boolean): SchemaDocs {
  const docs: SchemaDocs = { pointer };
  const title = stringOrUndefined(raw.title);
  const description = stringOrUndefined(raw.description);
  if (title !== undefined) docs.title = title;
  if (description !== undefined) docs.description = description;
  if (raw.deprecated === true) docs.deprecated = true;
  if (raw.nullable === true) docs.nullable = true;
  if (raw.readOnly === true) docs.readOnly = true;
  if (raw.writeOnly === true) docs.writeOnly = true;
  if (raw.example !== undefined) docs.example = raw.example;
  else if (Array.isArray(raw.examples) && raw.examples.length > 0) docs.example = raw.examples[0];
  if (raw.default !== undefined) docs.default = raw.default;
  if (!rare) return docs;
  const constraints: SchemaConstraints = {};
  for (const key of CONSTRAINT_KEYS) {
    const value = raw[key];
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') {
      (constraints as Record<string, unknown>)[key] = value;
    }
  }
  if (Object.keys(constraints).length > 0) docs.constraints = constraints;
  return docs;
}
