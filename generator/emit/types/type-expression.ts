import type { SchemaIR } from '../../ir/types.js';
import { docBlock, docJson, docTag, docText } from '../naming/js-doc.js';
import { propertyKey, scalarLiteral } from '../naming/literals.js';

/** What a type expression needs from its surroundings. */
export interface TypeContext {
  /** The type name of a schema pointer, or undefined when it names nothing. */
  nameOf(pointer: string): string | undefined;
  /** `request`: binary strings accept Blob-like input; `response`: they are Blobs. */
  direction: 'request' | 'response';
}

/** SchemaIR → a TypeScript type expression. Every literal is escaped; nothing from the spec is pasted raw. */
export function typeExpression(schema: SchemaIR, ctx: TypeContext): string {
  const base = baseType(schema, ctx);
  // `A | B | null`, as written by hand: only an intersection needs parentheses to take `| null`.
  return schema.nullable && base !== 'null' && base !== 'unknown' ? `${wrapIntersection(base)} | null` : base;
}

function baseType(schema: SchemaIR, ctx: TypeContext): string {
  switch (schema.kind) {
    case 'ref':
      return ctx.nameOf(schema.target) ?? 'unknown';
    case 'primitive':
      return primitive(schema.type, schema.format, ctx);
    case 'literal':
      return scalarLiteral(schema.value);
    case 'enum':
      return schema.members.map((member) => scalarLiteral(member.value)).join(' | ');
    case 'array':
      return arrayOf(typeExpression(schema.items, ctx));
    case 'object':
      return objectType(schema, ctx);
    case 'union': {
      // An intersection inside a union is parenthesised, as prettier prints it.
      const variants = unique(schema.variants.map((variant) => typeExpression(variant, ctx)));
      return (variants.length > 1 ? variants.map(wrapIntersection) : variants).join(' | ') || 'unknown';
    }
    case 'intersection': {
      // `unknown & T` is `T`: an empty allOf part adds nothing.
      const parts = unique(schema.parts.map((part) => wrap(typeExpression(part, ctx)))).filter((part) => part !== 'unknown');
      return parts.join(' & ') || 'unknown';
    }
    case 'unknown':
      return 'unknown';
  }
}

function primitive(type: string, format: string | undefined, ctx: TypeContext): string {
  switch (type) {
    case 'string':
      if (format === 'binary') return ctx.direction === 'request' ? 'Blob | Uint8Array | ArrayBuffer' : 'Blob';
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return 'null';
  }
}

function objectType(schema: Extract<SchemaIR, { kind: 'object' }>, ctx: TypeContext): string {
  const members = schema.properties.map((property) => {
    const doc = propertyDoc(property.schema);
    const line = `${propertyKey(property.name)}${property.required ? '' : '?'}: ${typeExpression(property.schema, ctx)};`;
    return doc ? `${inlineDoc(doc)}${line}` : line;
  });
  const additional = additionalType(schema, ctx);
  if (additional) members.push(`[key: string]: ${additional};`);
  if (members.length === 0) return schema.additional === false ? 'Record<string, never>' : 'Record<string, unknown>';
  return `{\n${members.join('\n')}\n}`;
}

/** A JSDoc block written into a type expression: one line when it fits, else the block form. */
export function inlineDoc(doc: string): string {
  return doc.includes('\n') ? `/**\n * ${doc.replace(/\n/g, '\n * ')}\n */\n` : `/** ${doc} */\n`;
}

/** The index signature type, or undefined for none. With declared properties it must admit them all, so it is `unknown`. */
export function additionalType(schema: Extract<SchemaIR, { kind: 'object' }>, ctx: TypeContext): string | undefined {
  if (schema.additional === false) return undefined;
  if (schema.properties.length > 0) return 'unknown';
  return schema.additional === true ? 'unknown' : typeExpression(schema.additional, ctx);
}

/** The JSDoc body for a schema used as a property: description, format, example, default, deprecation. */
export function propertyDoc(schema: SchemaIR): string | undefined {
  return docBlock([
    schema.description !== undefined && docText(schema.description),
    schema.kind === 'primitive' && schema.format !== undefined && schema.format !== 'binary' && docTag('format', schema.format),
    schema.example !== undefined && exampleTag(schema.example),
    schema.default !== undefined && docTag('default', docJson(schema.default)),
    schema.deprecated === true && docTag('deprecated'),
  ]);
}

function exampleTag(example: unknown): string | false {
  const text = docJson(example);
  return text !== undefined && text.length <= 200 ? docTag('example', text) : false;
}

/** Parenthesises a type with a top-level `|` or `&`, so it can be an array element or an intersection part. */
function wrap(type: string): string {
  const operators = topLevelOperators(type);
  return operators.union || operators.intersection ? `(${type})` : type;
}

/**
 * An array of `type`: `T[]`, the element parenthesised when it is a union or intersection; `Array<-1>` for a
 * negative literal, since babel (and so prettier) cannot parse `-1[]` and prettier prints `(-1)[]` as that.
 */
function arrayOf(type: string): string {
  return type.startsWith('-') ? `Array<${type}>` : `${wrap(type)}[]`;
}

/** Parenthesises a type whose top level is an intersection (and no union). */
function wrapIntersection(type: string): string {
  const operators = topLevelOperators(type);
  return operators.intersection && !operators.union ? `(${type})` : type;
}

/** Which of `|` and `&` a type has outside brackets, strings and comments. */
function topLevelOperators(type: string): { union: boolean; intersection: boolean } {
  const found = { union: false, intersection: false };
  let depth = 0;
  let quote: string | undefined;
  for (let index = 0; index < type.length; index++) {
    const char = type[index]!;
    if (quote) {
      if (char === '\\') index++;
      else if (char === quote) quote = undefined;
    } else if (char === '/' && type[index + 1] === '*') {
      const end = type.indexOf('*/', index + 2);
      index = end === -1 ? type.length : end + 1;
    } else if (char === "'" || char === '"') quote = char;
    else if (char === '{' || char === '(' || char === '[' || char === '<') depth++;
    else if (char === '}' || char === ')' || char === ']' || char === '>') depth--;
    else if (depth === 0 && char === '|') found.union = true;
    else if (depth === 0 && char === '&') found.intersection = true;
  }
  return found;
}

function unique(types: string[]): string[] {
  return [...new Set(types)];
}
