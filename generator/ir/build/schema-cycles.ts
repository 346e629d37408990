import type { NamedSchemaIR, SchemaIR } from '../types.js';
import { report, type BuildContext } from './context.js';

/**
 * Named schemas that reach themselves through references, unions and
 * intersections alone (no object or array in between) cannot be type aliases:
 * `type A = B & {…}; type B = A | string` is circular in TypeScript.
 *
 * A cycle of bare `$ref`s (A → B → A) has no content at all: an error. Any
 * other such cycle is broken at the reference that closes it, which becomes
 * `unknown`, with a warning. Schemas are visited in their (sorted) order, so
 * the same spec always breaks the same edge.
 */
export function breakSchemaCycles(ctx: BuildContext, schemas: NamedSchemaIR[]): NamedSchemaIR[] {
  const byPointer = new Map(schemas.map((named) => [named.pointer, { ...named }]));
  const done = new Set<string>();
  const stack: string[] = [];

  const visit = (pointer: string): void => {
    const named = byPointer.get(pointer);
    if (!named || done.has(pointer)) return;
    stack.push(pointer);
    for (const ref of eagerRefs(named.schema)) {
      const onStack = stack.indexOf(ref.target);
      if (onStack === -1) {
        visit(ref.target);
        continue;
      }
      const cycle = stack.slice(onStack);
      const names = [...cycle, ref.target].map((member) => byPointer.get(member)?.name).join(' → ');
      if (cycle.every((member) => byPointer.get(member)?.schema.kind === 'ref')) {
        report(ctx, 'error', 'schema-ref-cycle', cycle[0] as string, `Schemas ${names} are only references to each other, so none has a type. Give one of them a real schema.`);
      } else {
        report(ctx, 'warning', 'schema-cycle-untypable', ref.pointer, `${names} refer to each other through allOf/oneOf/anyOf alone, which a TypeScript type cannot express; the reference at ${ref.pointer} is typed as unknown.`);
      }
      named.schema = replaceNode(named.schema, ref, { kind: 'unknown', pointer: ref.pointer, reason: 'reference cycle' });
    }
    stack.pop();
    done.add(pointer);
  };
  for (const named of schemas) visit(named.pointer);
  return schemas.map((named) => byPointer.get(named.pointer) as NamedSchemaIR);
}

type RefNode = Extract<SchemaIR, { kind: 'ref' }>;

/** References a type alias needs resolved right away: at the top, in union variants and intersection parts. */
function eagerRefs(schema: SchemaIR): RefNode[] {
  switch (schema.kind) {
    case 'ref':
      return [schema];
    case 'union':
      return schema.variants.flatMap(eagerRefs);
    case 'intersection':
      return schema.parts.flatMap(eagerRefs);
    default:
      return [];
  }
}

function replaceNode(schema: SchemaIR, target: SchemaIR, replacement: SchemaIR): SchemaIR {
  if (schema === target) return replacement;
  if (schema.kind === 'union') return { ...schema, variants: schema.variants.map((variant) => replaceNode(variant, target, replacement)) };
  if (schema.kind === 'intersection') return { ...schema, parts: schema.parts.map((part) => replaceNode(part, target, replacement)) };
  return schema;
}
