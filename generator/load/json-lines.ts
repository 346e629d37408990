import { escapePointerToken } from './root-relative-refs.js';

/**
 * One pass over JSON text that records the line of each requested pointer
 * (`#/a/b`). A hand-written scanner: ~50× faster than building a YAML CST of
 * a megabyte-sized spec just to report a few warnings. A value that is
 * neither requested nor holds a requested pointer is skipped over without
 * naming what is inside it; strings are jumped over with indexOf, lines are
 * counted once at the end, and the scan stops once every pointer is found.
 */
export function jsonPointerLines(text: string, wanted: Set<string>): Map<string, number> {
  const offsets = new Map<string, number>();
  if (wanted.size === 0) return offsets;
  const leading = new Set<string>(['#']);
  for (const pointer of wanted) for (const ancestor of ancestorPointers(pointer)) leading.add(ancestor);
  let index = 0;
  const done = () => offsets.size === wanted.size;
  const skipSpace = () => {
    for (;;) {
      const char = text.charCodeAt(index);
      if (char !== 32 && char !== 10 && char !== 9 && char !== 13) return;
      index++;
    }
  };
  /** From an opening quote to its closing one (the index left on it). */
  const skipString = (): void => {
    for (let quote = text.indexOf('"', index + 1); ; quote = text.indexOf('"', quote + 1)) {
      if (quote < 0) return void (index = text.length);
      let backslashes = 0;
      while (text.charCodeAt(quote - 1 - backslashes) === 92) backslashes++;
      if (backslashes % 2 === 0) return void (index = quote);
    }
  };
  const readString = (): string => {
    const start = index + 1;
    skipString();
    const raw = text.slice(start, index++);
    return raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
  };
  const skipValue = (): void => {
    let depth = 0;
    for (; index < text.length; index++) {
      const char = text.charCodeAt(index);
      if (char === 34) skipString();
      else if (char === 123 || char === 91) depth++;
      else if (char === 125 || char === 93) {
        if (depth === 0) return;
        depth--;
        if (depth === 0) return void index++;
      } else if (depth === 0 && char === 44) return;
    }
  };
  const value = (pointer: string): void => {
    skipSpace();
    if (wanted.has(pointer)) offsets.set(pointer, index);
    if (!leading.has(pointer)) return skipValue();
    const char = text[index];
    if (char === '{') {
      index++;
      skipSpace();
      if (text[index] === '}') return void index++;
      for (;;) {
        skipSpace();
        const key = readString();
        skipSpace();
        index++; // colon
        value(`${pointer}/${escapePointerToken(key)}`);
        if (done()) return;
        skipSpace();
        if (text[index++] !== ',') return;
      }
    }
    if (char === '[') {
      index++;
      skipSpace();
      if (text[index] === ']') return void index++;
      for (let item = 0; ; item++) {
        value(`${pointer}/${item}`);
        if (done()) return;
        skipSpace();
        if (text[index++] !== ',') return;
      }
    }
    if (char === '"') return void readString();
    while (index < text.length && !',}] \t\r\n'.includes(text[index] as string)) index++;
  };
  value('#');
  return linesAt(text, offsets);
}

/** The 1-based line of each offset (offsets come in text order): one pass over the text's line breaks. */
function linesAt(text: string, offsets: Map<string, number>): Map<string, number> {
  const lines = new Map<string, number>();
  let line = 1;
  let lineBreak = text.indexOf('\n');
  for (const [pointer, offset] of offsets) {
    while (lineBreak >= 0 && lineBreak < offset) {
      line++;
      lineBreak = text.indexOf('\n', lineBreak + 1);
    }
    lines.set(pointer, line);
  }
  return lines;
}

/** The pointers that hold `pointer`, nearest first: `#/a/b` → `#/a`, `#`. */
export function ancestorPointers(pointer: string): string[] {
  const ancestors: string[] = [];
  for (let at = pointer.lastIndexOf('/'); at > 0; at = pointer.lastIndexOf('/', at - 1)) ancestors.push(pointer.slice(0, at));
  return ancestors;
}
