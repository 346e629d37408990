import { isCommentLine, type LaidLine } from './lines.js';
import { PRINT_WIDTH, textWidthAtMost } from './width.js';

// A member or alias whose type ends in a multi-line object: `key?: A | {`, `[key: string]: {`, `export type T = {`.
const HEAD = /^(\s*)((?:readonly )?(?:[A-Za-z_$][\w$]*|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\[key: string\])\??:|(?:export )?type [A-Za-z_$][\w$]* =) (.*)\{$/;
// A variant written on the head or closing line: a name, a literal or `null`, maybe an array of it.
const ATOM = /^(?:[A-Za-z_$][\w$.]*(?:<[\w$, ]+>)?|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|-?\d[\w.]*)(?:\[\])*$/;

/**
 * A variant: a name or literal, or multi-line object types. `open`/`close` wrap the objects: `(Name & ` and `)` for
 * an intersection of a name and an object, `(` and `)` for objects intersected (`({…} & {…})`), else empty.
 */
type ObjectVariant = { objects: string[][]; suffix: string; open: string; close: string };
type Variant = { atom: string } | ObjectVariant;

/**
 * Unions that hold multi-line object types, laid out as prettier lays them out: below the key, one `| variant` per
 * line, each object's body indented past the bar (`{…} | null` alone stays as written, as prettier keeps it).
 * Anything it cannot read for sure, or whose lines would no longer fit, is left as it was (inexact, for prettier).
 */
export function layOutObjectUnions(lines: LaidLine[]): LaidLine[] {
  // Inner unions first: an object holding an inexact union is read once that union is laid out.
  let current = lines;
  for (;;) {
    let changed = false;
    const result: LaidLine[] = [];
    for (let i = 0; i < current.length; i++) {
      const rewritten = rewriteAt(current, i);
      if (rewritten) {
        result.push(...rewritten.lines);
        i = rewritten.end;
        changed = true;
      } else result.push(current[i] as LaidLine);
    }
    if (!changed) return current;
    current = result;
  }
}

function rewriteAt(lines: LaidLine[], start: number): { lines: LaidLine[]; end: number } | undefined {
  const head = lines[start] as LaidLine;
  if (head.out.length !== 1 || head.comment) return undefined;
  const match = HEAD.exec(head.out[0] as string);
  if (!match) return undefined;
  const [, indent, key, written] = match as unknown as [string, string, string, string];
  const union = readUnion(lines, start, { indent, key, written });
  // Each form readWrappedUnion reads has a `(` before its first `{`.
  return union ?? (written.includes('(') ? readWrappedUnion(lines, start, indent, key, written) : undefined);
}

/** `key: A | {…} | B;` (variants on the head and closing lines) and `key: (A | {…})[];`, the union in parentheses, an array of it. */
function readUnion(lines: LaidLine[], start: number, { indent, key, written }: { indent: string; key: string; written: string }): { lines: LaidLine[]; end: number } | undefined {
  const head = lines[start] as LaidLine;
  const parenthesised = written.startsWith('(');
  const before = parenthesised ? written.slice(1) : written;
  const variants: Variant[] = [];
  if (!readAtoms(before, variants)) return undefined;
  let index = start;
  for (;;) {
    const object = readObject(lines, index, indent);
    if (!object) return undefined;
    const { body, close, rest } = object;
    const suffix = /^(?:\[\])*/.exec(rest)?.[0] ?? '';
    variants.push(plainObject(body, suffix));
    const after = rest.slice(suffix.length);
    const end = parenthesised ? /^\)((?:\[\])+);$/.exec(after) : null;
    if (parenthesised && end) return finish(head.depth, close, { indent, key, variants, wrap: end[1] as string });
    if (!parenthesised && after === ';') return finish(head.depth, close, { indent, key, variants });
    if (!after.startsWith(' | ')) return undefined;
    const opensAnother = after.endsWith(' | {');
    if (!opensAnother) {
      // ` | a | b;` (or ` | a | b)[];` in parentheses): the last atoms, then the end.
      const tail = parenthesised ? /^ \| (.*)\)((?:\[\])+);$/.exec(after) : /^ \| (.*);$/.exec(after);
      if (!tail || !readAtoms(`${tail[1]} | `, variants)) return undefined;
      return finish(head.depth, close, { indent, key, variants, ...(parenthesised ? { wrap: tail[2] as string } : {}) });
    }
    // ` | a | b | {`: the atoms between, each read with its trailing ` | `.
    if (!readAtoms(after.slice(3, -1), variants)) return undefined;
    index = close;
  }
}

/** An object's body: the lines after `open` up to the first at `indent` (which closes it), and what follows its `}`. */
function readObject(lines: LaidLine[], open: number, indent: string): { body: string[]; close: number; rest: string } | undefined {
  const body: string[] = [];
  let close = open + 1;
  for (; close < lines.length; close++) {
    const line = lines[close] as LaidLine;
    const text = line.out[0] as string;
    if (text.startsWith(`${indent}}`)) break;
    if (!line.exact || (text !== '' && !text.startsWith(`${indent}  `))) return undefined;
    body.push(...line.out);
  }
  const closing = lines[close];
  if (!closing || closing.out.length !== 1) return undefined;
  return { body, close, rest: (closing.out[0] as string).slice(indent.length + 1) };
}

/** The objects from the one opening at `open`, while each closes on `joint` (` & {`, ` | {`); and how the last closes. */
function readJoined(lines: LaidLine[], open: number, indent: string, joint: string | undefined): { objects: string[][]; close: number; rest: string } | undefined {
  const objects: string[][] = [];
  for (let read = readObject(lines, open, indent); read; read = readObject(lines, read.close, indent)) {
    objects.push(read.body);
    if (read.rest !== joint) return { objects, close: read.close, rest: read.rest };
  }
  return undefined;
}

function plainObject(body: string[], suffix = ''): ObjectVariant {
  return { objects: [body], suffix, open: '', close: '' };
}

/** Whether every line fits the print width (prettier never breaks a comment, however long). */
function fitsWidth(out: string[]): boolean {
  return out.every((line) => isCommentLine(line) || textWidthAtMost(line, PRINT_WIDTH));
}

const NAMED_INTERSECTION = /\([A-Za-z_$][\w$.]*(?:<[\w$, ]+>)? & $/;

/**
 * A union whose variants include parenthesised intersections of objects: `(Name & {…})` (one name: more would break
 * between the names) or `({…} & {…})`, with plain objects and atoms; or an intersection of such a union in
 * parentheses and one object: `({…} | {…}) & {…}`. `written` is the head's text before its `{`.
 */
function readWrappedUnion(lines: LaidLine[], start: number, indent: string, key: string, written: string): { lines: LaidLine[]; end: number } | undefined {
  const head = lines[start] as LaidLine;
  const variants: Variant[] = [];
  let opener = written;
  let index = start;
  for (;;) {
    // Atoms (each with its ` | `), then what opens the object: `(Name & `, `(` or nothing.
    const named = NAMED_INTERSECTION.exec(opener)?.[0];
    const open = named ?? (opener.endsWith('(') ? '(' : '');
    if (!readAtoms(opener.slice(0, opener.length - open.length), variants)) return undefined;
    // `} & {` joins objects only inside `({…} & {…})`.
    const read = readJoined(lines, index, indent, open === '(' ? ' & {' : undefined);
    if (!read) return undefined;
    const { objects } = read;
    let rest = read.rest;
    if (open === '(' && objects.length === 1 && rest.startsWith(' | ')) {
      return index === start && variants.length === 0 ? readParenthesisedIntersection(lines, start, indent, key, head.depth) : undefined;
    }
    if (open !== '') {
      if (!rest.startsWith(')') || (open === '(' && objects.length < 2)) return undefined;
      rest = rest.slice(1);
    }
    variants.push({ objects, suffix: '', open, close: open === '' ? '' : ')' });
    index = read.close;
    if (rest === ';') return finish(head.depth, index, { indent, key, variants });
    if (!rest.startsWith(' | ')) return undefined;
    if (rest.endsWith(';')) return readAtoms(`${rest.slice(3, -1)} | `, variants) ? finish(head.depth, index, { indent, key, variants }) : undefined;
    if (!rest.endsWith('{')) return undefined;
    opener = rest.slice(3, -1);
  }
}

/**
 * `key: ({…} | {…}) & {…};`: prettier breaks the union inside its parentheses, `| {…}` per line, and keeps the
 * object after `) & ` as written.
 */
function readParenthesisedIntersection(lines: LaidLine[], start: number, indent: string, key: string, depth: number): { lines: LaidLine[]; end: number } | undefined {
  const union = readJoined(lines, start, indent, ' | {');
  if (!union || union.rest !== ') & {' || union.objects.length < 2) return undefined;
  const last = readObject(lines, union.close, indent);
  if (!last || last.rest !== ';') return undefined;
  const out = [`${indent}${key} (`];
  for (const body of union.objects) out.push(...objectLines(`${indent}  | `, indent, plainObject(body)));
  out.push(`${indent}) & {`, ...last.body, `${indent}};`);
  if (!fitsWidth(out)) return undefined;
  return { lines: [{ depth, out, exact: true, comment: false }], end: last.close };
}

/** A variant's objects below its bar, each body four columns in, joined by `} & {`. */
function objectLines(bar: string, indent: string, variant: ObjectVariant): string[] {
  const out = [`${bar}${variant.open}{`];
  variant.objects.forEach((body, index) => {
    if (index > 0) out.push(`${indent}    } & {`);
    for (const line of body) out.push(line === '' ? '' : `    ${line}`);
  });
  out.push(`${indent}    }${variant.close}${variant.suffix}`);
  return out;
}

/** `A | B | ` (each followed by ` | `) into atom variants; false for anything that is not a plain name or literal. */
function readAtoms(text: string, variants: Variant[]): boolean {
  if (text === '') return true;
  if (!text.endsWith(' | ')) return false;
  for (const part of text.slice(0, -3).split(' | ')) {
    if (!ATOM.test(part)) return false;
    variants.push({ atom: part });
  }
  return true;
}

/** The union read: the member's indentation and key, its variants, and for `(…)[]` the array suffix after `)`. */
interface ReadUnion {
  indent: string;
  key: string;
  variants: Variant[];
  wrap?: string;
}

function finish(depth: number, end: number, { indent, key, variants, wrap }: ReadUnion): { lines: LaidLine[]; end: number } | undefined {
  const objects = variants.filter((variant): variant is ObjectVariant => 'objects' in variant);
  const first = variants[0];
  // Only a plain object hugs its `| null`; a parenthesised intersection goes below the key like any union.
  const hugged =
    objects.length === 1 &&
    first !== undefined &&
    'objects' in first &&
    first.open === '' &&
    first.suffix === '' &&
    variants.slice(1).every((variant) => 'atom' in variant && (variant.atom === 'null' || variant.atom === 'undefined'));
  // A lone object (`{…}` or `{…}[]`) is no union: prettier keeps it as written. In parentheses, leave a hug to prettier.
  if (hugged || variants.length === 1) return undefined;
  const bar = `${indent}  | `;
  const out: string[] = [wrap === undefined ? `${indent}${key}` : `${indent}${key} (`];
  for (const variant of variants) {
    if ('atom' in variant) out.push(`${bar}${variant.atom}`);
    else out.push(...objectLines(bar, indent, variant));
  }
  if (wrap === undefined) out[out.length - 1] += ';';
  else out.push(`${indent})${wrap};`);
  if (!fitsWidth(out)) return undefined;
  return { lines: [{ depth, out, exact: true, comment: false }], end };
}
