import { sha256 } from '../hash/lazy-crypto.js';
import { firstVisibleChar, parseSpecText, type ParseResult } from './parse-document.js';

/** YAML spec files as parsed, by the sha256 of their text: each value as JSON text. */
export type ParseMemo = ReadonlyMap<string, string>;

/** Parses spec text; a parser may be given to loadSpec in place of parseSpecText. */
export type SpecParser = (text: string, file: string) => ParseResult;

/**
 * parseSpecText that remembers each YAML file it reads, so a later run reads the memo instead of parsing an
 * unchanged file again (VoIPBIN's 266-file source: about 0.2 s of js-yaml for an edit to one file). `previous`:
 * an earlier run's memo, as objects by text hash (parsed from the cache, each handed out at most once).
 * JSON needs no memo: JSON.parse is as fast as reading one.
 */
export class MemoParser {
  private readonly remembered = new Map<string, string>();
  private readonly previous: Map<string, unknown>;

  constructor(previous?: ReadonlyMap<string, unknown>) {
    this.previous = new Map(previous);
  }

  /** What this run parsed or reused, for the next run. */
  get memo(): ParseMemo {
    return this.remembered;
  }

  readonly parse: SpecParser = (text, file) => {
    const start = firstVisibleChar(text);
    if (start === '{' || start === '[') return parseSpecText(text, file);
    const key = sha256(text);
    const known = this.reuse(key);
    if (known !== undefined) return { ok: true, value: known };
    const parsed = parseSpecText(text, file);
    if (parsed.ok) {
      // Taken now: the loader rewrites refs in the value it gets.
      const json = faithfulJson(parsed.value);
      if (json !== undefined) this.remembered.set(key, json);
    }
    return parsed;
  };

  private reuse(key: string): unknown {
    const known = this.previous.get(key);
    if (known !== undefined) {
      this.previous.delete(key);
      this.remembered.set(key, JSON.stringify(known));
      return known;
    }
    // The same text again in this run (two identical files): a copy, since each is changed where it is used.
    const seen = this.remembered.get(key);
    return seen === undefined ? undefined : JSON.parse(seen);
  }
}

/**
 * The value as JSON text, or undefined if JSON would not give it back as it is: numbers JSON has no form for
 * (NaN, Infinity, -0), objects other than plain ones and arrays, `__proto__` keys, undefined.
 */
function faithfulJson(value: unknown): string | undefined {
  let faithful = true;
  const text = JSON.stringify(value, function check(this: unknown, key, item: unknown) {
    if (key === '__proto__') faithful = false;
    else if (typeof item === 'number') faithful &&= Number.isFinite(item) && !Object.is(item, -0);
    else if (typeof item === 'object' && item !== null && !Array.isArray(item)) faithful &&= isPlainObject(item);
    else if (item === undefined || typeof item === 'function' || typeof item === 'symbol' || typeof item === 'bigint') faithful = false;
    return typeof item === 'bigint' ? null : item;
  });
  return faithful && text !== undefined ? text : undefined;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
