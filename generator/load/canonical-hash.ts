import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

/** Text is handed to the hash in pieces of about this many characters: few calls, no document-sized string. */
const CHUNK = 1 << 16;

/** Characters JSON.stringify writes as escapes: a string without any is written as it is, in quotes. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * sha256 of canonicalJson(value), written straight into the hash: no sorted copy of every object and no
 * document-sized string (the GitHub spec's is 13 MB). Values JSON.stringify would treat specially (toJSON,
 * functions, symbols, bigints) are left to canonicalJson.
 */
export function canonicalHash(value: unknown): string {
  const hash = createHash('sha256');
  let pending = '';
  /** Appends the value as canonicalJson would write it; false for a value it does not handle the same way. */
  const write = (node: unknown): boolean => {
    if (typeof node === 'string') {
      pending += quote(node);
      return true;
    }
    if (node === null || typeof node === 'boolean' || typeof node === 'number') {
      pending += JSON.stringify(node);
      return true;
    }
    if (typeof node !== 'object') return false;
    if (Array.isArray(node)) {
      pending += '[';
      for (let i = 0; i < node.length; i++) {
        if (i > 0) pending += ',';
        const item: unknown = node[i];
        if (item === undefined) pending += 'null';
        else if (!write(item)) return false;
      }
      pending += ']';
    } else {
      if (typeof (node as { toJSON?: unknown }).toJSON === 'function') return false;
      pending += '{';
      let first = true;
      for (const key of jsonKeyOrder(Object.keys(node).sort())) {
        const member: unknown = (node as Record<string, unknown>)[key];
        // canonicalJson's sorted copy takes `__proto__` as its prototype, not as a key: it never appears.
        if (member === undefined || key === '__proto__') continue;
        pending += (first ? '' : ',') + quote(key) + ':';
        first = false;
        if (!write(member)) return false;
      }
      pending += '}';
    }
    if (pending.length >= CHUNK) {
      hash.update(pending);
      pending = '';
    }
    return true;
  };
  if (!write(value)) return createHash('sha256').update(canonicalJson(value)).digest('hex');
  hash.update(pending);
  return hash.digest('hex');
}

function quote(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}

/** The order JSON.stringify lists a new object's keys in when they were added in `sorted` order: array indices first, by value. */
function jsonKeyOrder(sorted: string[]): string[] {
  const indices = sorted.filter(isArrayIndex);
  if (indices.length === 0) return sorted;
  return [...indices.sort((a, b) => Number(a) - Number(b)), ...sorted.filter((key) => !isArrayIndex(key))];
}

function isArrayIndex(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57 && /^(0|[1-9]\d*)$/.test(key) && Number(key) < 4294967295;
}
