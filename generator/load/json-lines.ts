import { escapePointerToken } from './root-relative-refs.js';

/**
 * One pass over JSON text that records the line of each requested pointer
 * (`#/a/b`). A hand-written scanner: ~50× faster than building a YAML CST of
 * a megabyte-sized spec just to report a few warnings. A value that is
 * neither requested nor holds a requested pointer is skipped over, counting
 * its lines, without naming what is inside it.
 */
export function jsonPointerLines(text: string, wanted: Set<string>): Map<string, number> {
  const found = new Map<string, number>();
  if (wanted.size === 0) return found;
  const leading = new Set<string>(['#']);
  for (const pointer of wanted) for (const ancestor of ancestorPointers(pointer)) leading.add(ancestor);
  let index = 0;
  let line = 1;
  const skipSpace = () => {
    for (;;) {
      const char = text.charCodeAt(index);
      if (char === 10) line++;
      else if (char !== 32 && char !== 9 && char !== 13) return;
      index++;
    }
  };
  const readString = (): string => {
    const start = ++index;
    let escaped = false;
    while (index < text.length) {
      const char = text.charCodeAt(index);
      if (char === 92) escaped = true, index++;
      else if (char === 34) break;
      else if (char === 10) line++;
      index++;
    }
    const raw = text.slice(start, index++);
    return escaped ? (JSON.parse(`"${raw}"`) as string) : raw;
  };
  /** From an opening quote to its closing one (the index left on it). */
  const skipString = (): void => {
    for (index++; index < text.length; index++) {
      const char = text.charCodeAt(index);
      if (char === 92) index++;
      else if (char === 34) return;
    }
  };
  const skipValue = (): void => {
    let depth = 0;
    for (; index < text.length; index++) {
      const char = text.charCodeAt(index);
      if (char === 10) line++;
      else if (char === 34) skipString();
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
    if (wanted.has(pointer)) found.set(pointer, line);
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
        skipSpace();
        if (text[index++] !== ',') return;
      }
    }
    if (char === '"') return void readString();
    while (index < text.length && !',}] \t\r\n'.includes(text[index] as string)) index++;
  };
  value('#');
  return found;
}

/** The pointers that hold `pointer`, nearest first: `#/a/b` → `#/a`, `#`. */
export function ancestorPointers(pointer: string): string[] {
  const ancestors: string[] = [];
  for (let at = pointer.lastIndexOf('/'); at > 0; at = pointer.lastIndexOf('/', at - 1)) ancestors.push(pointer.slice(0, at));
  return ancestors;
}
