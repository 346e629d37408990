import type { NamedSchemaIR, SchemaIR } from '../ir/types.js';

/** The ref targets a schema mentions directly (not through other named schemas). */
export function refsOf(schema: SchemaIR, out: Set<string> = new Set()): Set<string> {
  switch (schema.kind) {
    case 'ref':
      out.add(schema.target);
      break;
    case 'array':
      refsOf(schema.items, out);
      break;
    case 'object':
      for (const property of schema.properties) refsOf(property.schema, out);
      if (typeof schema.additional === 'object') refsOf(schema.additional, out);
      break;
    case 'union':
      for (const variant of schema.variants) refsOf(variant, out);
      break;
    case 'intersection':
      for (const part of schema.parts) refsOf(part, out);
      break;
    default:
      break;
  }
  return out;
}

/**
 * Strongly connected components of the ref graph (Tarjan), as a component
 * number per schema pointer. Two schemas share a number exactly when each
 * reaches the other, i.e. sampling one may come back to the other.
 */
export function refComponents(schemas: NamedSchemaIR[]): Map<string, number> {
  const edges = new Map(schemas.map((named) => [named.pointer, [...refsOf(named.schema)].filter((target) => target !== named.pointer)]));
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const component = new Map<string, number>();
  const stack: string[] = [];
  let counter = 0;
  const visit = (start: string) => {
    // Iterative, so a long ref chain cannot overflow the call stack.
    const work: { node: string; next: number }[] = [{ node: start, next: 0 }];
    order.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; next: number };
      const targets = edges.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++] as string;
        if (!edges.has(target)) continue;
        if (!order.has(target)) {
          order.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          work.push({ node: target, next: 0 });
        } else if (!component.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node) as number, order.get(target) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(frame.node) as number));
      if (low.get(frame.node) === order.get(frame.node)) {
        const id = component.size;
        for (let member = stack.pop(); member !== undefined; member = member === frame.node ? undefined : stack.pop()) component.set(member, id);
      }
    }
  };
  for (const named of schemas) if (!order.has(named.pointer)) visit(named.pointer);
  return component;
}
