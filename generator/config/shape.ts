/**
 * A small shape language for checking a user's config: every unknown key
 * and bad value becomes one message naming its key path (`sdks[0].flavor`).
 */
export type Shape =
  | 'string'
  | 'boolean'
  | 'number'
  | 'function'
  | 'any'
  | { enum: readonly string[] }
  | { list: Shape }
  | { object: Record<string, Shape>; required?: readonly string[] }
  | { oneOf: Shape[]; describe: string };

/** The problems of `value` against `shape`, as `path: what is wrong` lines. */
export function checkShape(value: unknown, shape: Shape, path: string): string[] {
  if (shape === 'any') return [];
  if (typeof shape === 'string') return typeof value === shape ? [] : [`${path}: expected a ${shape}, got ${describe(value)}`];
  if ('enum' in shape) {
    return typeof value === 'string' && shape.enum.includes(value) ? [] : [`${path}: expected one of ${shape.enum.join(', ')}, got ${describe(value)}`];
  }
  if ('list' in shape) {
    if (!Array.isArray(value)) return [`${path}: expected a list, got ${describe(value)}`];
    return value.flatMap((item, index) => checkShape(item, shape.list, `${path}[${index}]`));
  }
  if ('oneOf' in shape) {
    const attempts = shape.oneOf.map((option) => checkShape(value, option, path));
    if (attempts.some((problems) => problems.length === 0)) return [];
    // Report against the option of the same broad type when there is one: its messages are the useful ones.
    const sameType = shape.oneOf.findIndex((option) => broadType(option) === broadTypeOf(value));
    return sameType >= 0 ? attempts[sameType]! : [`${path}: expected ${shape.describe}, got ${describe(value)}`];
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path}: expected an object, got ${describe(value)}`];
  const problems: string[] = [];
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const keyShape = shape.object[key];
    if (!keyShape) problems.push(`${path}.${key}: unknown key; known keys: ${Object.keys(shape.object).join(', ')}`);
    else if (record[key] !== undefined) problems.push(...checkShape(record[key], keyShape, `${path}.${key}`));
  }
  for (const key of shape.required ?? []) if (record[key] === undefined) problems.push(`${path}.${key}: required`);
  return problems;
}

function broadType(shape: Shape): string {
  if (typeof shape === 'string') return shape;
  if ('enum' in shape) return 'string';
  if ('list' in shape) return 'list';
  if ('object' in shape) return 'object';
  return 'mixed';
}

function broadTypeOf(value: unknown): string {
  if (Array.isArray(value)) return 'list';
  return typeof value;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
