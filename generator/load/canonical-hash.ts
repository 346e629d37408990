import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

/** Text is handed to the hash in pieces of about this many characters: few calls, no document-sized string. */
const CHUNK = 1 << 16;

/**
 * sha256 of canonicalJson(value), written straight into the hash: no sorted copy of every object and no
 * document-sized string (the GitHub spec's is 13 MB). Values JSON.stringify would treat specially (toJSON,
 * functions, symbols, bigints) are left to canonicalJson.
 */
export function canonicalHash(value: unknown): string {
  const hash = createHash('sha256');
  let pending = '';
  const write = (text: string) => {
    pending += text;
    if (pending.length >= CHUNK) {
      hash.update(pending);
      pending = '';
    }
  };
  if (!writeValue(value, write)) return createHash('sha256').update(canonicalJson(value)).digest('hex');
  hash.update(pending);
  return hash.digest('hex');
}

/** Writes the value as canonicalJson would; false for a value it does not handle the same way. */
function writeValue(value: unknown, write: (text: string) => void): boolean {
  if (value === null || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') {
    write(JSON.stringify(value));
    return true;
  }
  if (typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    write('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) write(',');
      const item: unknown = value[i];
      if (item === undefined) write('null');
      else if (!writeValue(item, write)) return false;
    }
    write(']');
    return true;
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  write('{');
  let first = true;
  for (const key of jsonKeyOrder(Object.keys(value).sort())) {
    const member: unknown = (value as Record<string, unknown>)[key];
    // canonicalJson's sorted copy takes `__proto__` as its prototype, not as a key: it never appears.
    if (member === undefined || key === '__proto__') continue;
    write(first ? '' : ',');
    first = false;
    write(JSON.stringify(key));
    write(':');
    if (!writeValue(member, write)) return false;
  }
  write('}');
  return true;
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
