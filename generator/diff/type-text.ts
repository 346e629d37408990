import { typeExpression } from '../emit/types/type-expression.js';
import type { SchemaIR } from '../ir/types.js';
import type { SdkSurface } from './sdk-surface.js';
import type { Direction } from './types.js';

/**
 * The TypeScript type the SDK declares for a schema, without its JSDoc: two
 * schemas with equal type text are the same to SDK users, however their
 * descriptions, examples or formats differ. Refs print as model names.
 */
export function typeText(schema: SchemaIR, surface: SdkSurface, direction: Direction): string {
  return typeExpression(withoutDocs(schema), surface.typeContext(direction === 'request' ? 'request' : 'response')).replace(/\s+/g, ' ');
}

/** A type text short enough for one line of a report. */
export function shortType(text: string): string {
  return text.length > 100 ? `${text.slice(0, 97)}…` : text;
}

function withoutDocs(schema: SchemaIR): SchemaIR {
  const { description: _d, title: _t, example: _e, default: _f, deprecated: _p, constraints: _c, ...rest } = schema;
  const node = rest as SchemaIR;
  switch (node.kind) {
    case 'primitive':
      return node.format === 'binary' || node.format === undefined ? node : (({ format: _format, ...plain }) => plain as SchemaIR)(node);
    case 'array':
      return { ...node, items: withoutDocs(node.items) };
    case 'object':
      return {
        ...node,
        properties: node.properties.map((property) => ({ ...property, schema: withoutDocs(property.schema) })),
        additional: typeof node.additional === 'boolean' ? node.additional : withoutDocs(node.additional),
      };
    case 'union':
      return { ...node, variants: node.variants.map(withoutDocs) };
    case 'intersection':
      return { ...node, parts: node.parts.map(withoutDocs) };
    case 'enum':
      return { ...node, members: node.members.map(({ value }) => ({ value })) };
    default:
      return node;
  }
}
