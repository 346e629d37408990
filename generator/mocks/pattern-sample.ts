import type { Random } from './prng.js';

/**
 * A string matching a simple regular expression: a sequence of literals,
 * escapes (\d \w), `.` and character classes, each with an optional
 * quantifier, anchored or not. Groups, alternation and negated classes are out
 * of scope: the result is undefined and the caller falls back to other data.
 */
export function sampleFromPattern(pattern: string, random: Random): string | undefined {
  const source = pattern.replace(/^\^/, '').replace(/(?<!\\)\$$/, '');
  let out = '';
  let index = 0;
  while (index < source.length) {
    const atom = readAtom(source, index);
    if (!atom) return undefined;
    index = atom.end;
    const quantifier = readQuantifier(source, index);
    if (!quantifier) return undefined;
    index = quantifier.end;
    const count = random.int(quantifier.min, quantifier.max);
    for (let n = 0; n < count; n++) out += random.pick(atom.chars);
  }
  return out;
}

const DIGITS = range('0', '9');
const WORD = [...range('a', 'z'), ...range('A', 'Z'), ...DIGITS, '_'];
const ESCAPES: Record<string, string[]> = { d: DIGITS, w: WORD, s: [' '] };

function range(from: string, to: string): string[] {
  const chars: string[] = [];
  for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code++) chars.push(String.fromCharCode(code));
  return chars;
}

function readAtom(source: string, index: number): { chars: string[]; end: number } | undefined {
  const char = source[index] as string;
  if ('()|^$'.includes(char)) return undefined;
  if (char === '.') return { chars: WORD, end: index + 1 };
  if (char === '\\') {
    const next = source[index + 1];
    if (next === undefined) return undefined;
    if (ESCAPES[next]) return { chars: ESCAPES[next], end: index + 2 };
    return /[a-zA-Z0-9]/.test(next) ? undefined : { chars: [next], end: index + 2 };
  }
  if (char === '[') return readClass(source, index + 1);
  return '*+?{'.includes(char) ? undefined : { chars: [char], end: index + 1 };
}

function readClass(source: string, start: number): { chars: string[]; end: number } | undefined {
  if (source[start] === '^') return undefined;
  const chars: string[] = [];
  let index = start;
  while (index < source.length && source[index] !== ']') {
    let char = source[index] as string;
    if (char === '\\') {
      const next = source[index + 1] as string;
      if (ESCAPES[next]) {
        chars.push(...ESCAPES[next]);
        index += 2;
        continue;
      }
      char = next;
      index++;
    }
    if (source[index + 1] === '-' && source[index + 2] !== undefined && source[index + 2] !== ']') {
      chars.push(...range(char, source[index + 2] as string));
      index += 3;
    } else {
      chars.push(char);
      index++;
    }
  }
  return index < source.length && chars.length > 0 ? { chars, end: index + 1 } : undefined;
}

function readQuantifier(source: string, index: number): { min: number; max: number; end: number } | undefined {
  const char = source[index];
  if (char === '?') return { min: 0, max: 1, end: index + 1 };
  if (char === '*') return { min: 0, max: 3, end: index + 1 };
  if (char === '+') return { min: 1, max: 3, end: index + 1 };
  if (char !== '{') return { min: 1, max: 1, end: index };
  const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(index));
  if (!match) return undefined;
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : match[3] === '' ? min + 3 : Number(match[3]);
  return { min, max, end: index + match[0].length };
}
