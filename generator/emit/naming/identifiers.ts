import { isTsIdentifierChar } from '../ts/index.js';

/** Words that cannot be identifiers (or are unwise ones) in strict-mode ES modules and TypeScript. */
const RESERVED = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum', 'export',
  'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super',
  'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'implements', 'interface', 'let',
  'package', 'private', 'protected', 'public', 'static', 'yield', 'await', 'arguments', 'eval', 'undefined', 'NaN',
  'Infinity', 'any', 'boolean', 'never', 'number', 'object', 'string', 'symbol', 'unknown', 'bigint', 'type', 'as',
  'async', 'constructor', 'declare', 'get', 'is', 'keyof', 'module', 'namespace', 'readonly', 'require', 'set', 'infer',
]);

const IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u;
/** An ASCII identifier: one by both Unicode's tables and TypeScript's, so neither needs asking. */
const ASCII_IDENTIFIER = /^[A-Za-z$_][\w$]*$/;

/** Splits a raw name into words: on any non-letter/digit, and on lower→upper and acronym boundaries. */
export function words(raw: string): string[] {
  return raw
    .normalize('NFKC')
    .replace(/([\p{Ll}\p{Nd}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .split(/[^\p{L}\p{Nd}]+/u)
    .filter((word) => word !== '');
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/**
 * The same name comes back for every schema and operation that uses it (`id`, `customer_id`…), and the Unicode
 * regular expressions below are slow: each conversion is remembered, per process, by its input.
 */
function remembered(convert: (raw: string) => string): (raw: string) => string {
  const known = new Map<string, string>();
  return (raw) => {
    let result = known.get(raw);
    if (result === undefined) {
      result = convert(raw);
      known.set(raw, result);
    }
    return result;
  };
}

/** `service_agents` → `ServiceAgents`, `CallManagerCall` stays. */
export const pascalCase = remembered((raw) => {
  const parts = words(raw);
  const joined = parts.map((word) => (/^\p{Lu}[\p{Lu}\p{Nd}]*$/u.test(word) && word.length > 1 ? capitalise(word) : word.charAt(0).toUpperCase() + word.slice(1))).join('');
  return safeIdentifier(joined === '' ? 'Unnamed' : joined);
});

/** `recording_start` → `recordingStart`, `direct-hash-regenerate` → `directHashRegenerate`. */
export const camelCase = remembered((raw) => {
  const pascal = pascalCase(raw);
  const lowered = pascal.replace(/^(\p{Lu}+)(?=\p{Lu}\p{Ll}|$|\P{L})/u, (match) => match.toLowerCase()).replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  return safeIdentifier(lowered);
});

/** Makes any string a usable identifier: leading digits get `_`, reserved words a trailing `_`, characters TypeScript cannot read `_`. */
export const safeIdentifier = remembered((name) => {
  let result = [...name.replace(/[^\p{ID_Continue}$\u200C\u200D]/gu, '_')].map((char) => (tsPart(char) ? char : '_')).join('');
  if (result === '') result = '_';
  if (!/^[\p{ID_Start}$_]/u.test(result) || !isTsIdentifierChar(result.codePointAt(0) as number, 'start')) result = `_${result}`;
  if (RESERVED.has(result) || result === '__proto__') result = `${result}_`;
  return result;
});

/** An identifier by the runtime's Unicode tables and by TypeScript's. */
export function isIdentifier(name: string): boolean {
  if (ASCII_IDENTIFIER.test(name)) return true;
  return IDENTIFIER.test(name) && isTsIdentifierChar(name.codePointAt(0) as number, 'start') && [...name].every(tsPart);
}

function tsPart(char: string): boolean {
  return isTsIdentifierChar(char.codePointAt(0) as number, 'part');
}

/** Picks `base`, or `base2`, `base3`… so the result is not in `taken`; records it. */
export function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
  taken.add(name);
  return name;
}

/**
 * Members every object inherits. A generated method or property with one of
 * these names would shadow it (`${client.calls}` calling an API), and an
 * optional property so named makes `{}` unassignable to its type.
 */
export const OBJECT_MEMBERS: readonly string[] = [
  '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__', '__proto__', 'constructor', 'hasOwnProperty',
  'isPrototypeOf', 'propertyIsEnumerable', 'prototype', 'toLocaleString', 'toString', 'valueOf',
];

/**
 * A class member or object property name: camelCase, where reserved words
 * are fine (`calls.delete(id)`), but names that would break an object
 * (`constructor`, `__proto__`, `toString`…) or start with a digit are changed.
 */
export const memberName = remembered((raw) => {
  const pascal = pascalCase(raw).replace(/_$/, '');
  let name = pascal.replace(/^(\p{Lu}+)(?=\p{Lu}\p{Ll}|$|\P{L})/u, (match) => match.toLowerCase()).replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  if (!/^[\p{ID_Start}$_]/u.test(name)) name = `_${name}`;
  if (OBJECT_MEMBERS.includes(name)) name = `${name}_`;
  return name;
});
