import { isIdentifier } from './identifiers.js';

/**
 * A string literal safe in any TypeScript context: JSON escaping plus the
 * line and paragraph separators, and `</script` broken up so generated code
 * can be inlined into HTML.
 */
export function stringLiteral(value: string): string {
  return JSON.stringify(value)
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
