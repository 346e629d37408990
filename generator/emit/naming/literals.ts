import { isIdentifier } from './identifiers.js';

const NEEDS_MORE_ESCAPING = /[\u2028\u2029]|<\/script/i;

/**
 * A string literal safe in any TypeScript context: JSON escaping plus the
 * line and paragraph separators, and `</script` broken up so generated code
 * can be inlined into HTML.
 */
export function stringLiteral(value: string): string {
  const json = JSON.stringify(value);
  // One test instead of three replacements: almost no string needs any.
  if (!NEEDS_MORE_ESCAPING.test(json)) return json;
  return json
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
    .replace(/<\/(script)/gi, '<\\/$1');
}

/** A literal type or value for a scalar. */
export function scalarLiteral(value: string | number | boolean | null): string {
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'number';
  return String(value);
}

/**
 * An object key or property name: the bare name when it is a safe identifier,
 * else a quoted string. `__proto__` is a computed key: in an object literal
 * even the quoted form would set the prototype instead of a property.
 */
export function propertyKey(name: string): string {
  if (name === '__proto__') return `[${stringLiteral(name)}]`;
  return isIdentifier(name) ? name : stringLiteral(name);
}

/** `obj.name` or `obj['na-me']`. */
export function propertyAccess(object: string, name: string): string {
  return isIdentifier(name) && name !== '__proto__' ? `${object}.${name}` : `${object}[${stringLiteral(name)}]`;
}

/** An object key in a value literal: like {@link propertyKey}, but `__proto__` is computed so it stays a plain key. */
function objectKey(name: string): string {
  return name === '__proto__' ? `[${stringLiteral(name)}]` : propertyKey(name);
}

/**
 * A JSON value as a TypeScript expression, every string escaped. `replace`
 * may print an object or array differently (e.g. as a factory call).
 */
export function valueLiteral(value: unknown, replace?: (value: object) => string | undefined): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(Object.is(value, -0) ? 0 : value) : 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value !== 'object') return 'null';
  const replaced = replace?.(value);
  if (replaced !== undefined) return replaced;
  if (Array.isArray(value)) return `[${value.map((item) => valueLiteral(item, replace)).join(', ')}]`;
  return objectLiteral(objectEntries(value as Record<string, unknown>, replace));
}

/** The `key: value` entries of an object literal, for composing one with spreads. */
export function objectEntries(value: Record<string, unknown>, replace?: (value: object) => string | undefined): string[] {
  return Object.entries(value).map(([key, item]) => `${objectKey(key)}: ${valueLiteral(item, replace)}`);
}

/** `{ a: 1, b: 2 }`, or `{}`. */
export function objectLiteral(entries: readonly string[]): string {
  return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
}

/** An object literal with one entry per line, each with its trailing comma (as prettier prints a broken object). */
export function multilineObject(entries: readonly string[]): string {
  return entries.length === 0 ? '{}' : `{\n${entries.map((entry) => `${entry},`).join('\n')}\n}`;
}

/** An arrow function's body: an object literal is parenthesised (else it would read as a block), and only it. */
export function arrowBody(expression: string): string {
  return expression.startsWith('{') ? `(${expression})` : expression;
}
