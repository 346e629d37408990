import { isCommentLine, type LaidLine } from './lines.js';
import { PRINT_WIDTH, textWidthAtMost } from './width.js';

// A member or alias whose type ends in a multi-line object: `key?: A | {`, `[key: string]: {`, `export type T = {`.
const HEAD = /^(\s*)((?:readonly )?(?:[A-Za-z_$][\w$]*|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\[key: string\])\??:|(?:export )?type [A-Za-z_$][\w$]* =) (.*)\{$/;
// A variant written on the head or closing line: a name, a literal or `null`, maybe an array of it.
const ATOM = /^(?:[A-Za-z_$][\w$.]*(?:<[\w$, ]+>)?|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|-?\d[\w.]*)(?:\[\])*$/;

type Variant = { atom: string } | { object: string[]; suffix: string };

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
  // `key: (A | {` … `})[];`: the union in parentheses, an array of it.
  const parenthesised = written.startsWith('(');
  const before = parenthesised ? written.slice(1) : written;
  const variants: Variant[] = [];
  if (!readAtoms(before, variants)) return undefined;
  let index = start;
  for (;;) {
    // The object's body runs to the first line at the head's indentation, which closes it.
    const body: string[] = [];
    let close = index + 1;
    for (; close < lines.length; close++) {
      const line = lines[close] as LaidLine;
      const text = line.out[0] as string;
      if (text.startsWith(`${indent}}`)) break;
      if (!line.exact || (text !== '' && !text.startsWith(`${indent}  `))) return undefined;
      body.push(...line.out);
    }
    const closing = lines[close];
    if (!closing || closing.out.length !== 1) return undefined;
    const rest = (closing.out[0] as string).slice(indent.length + 1);
    const suffix = /^(?:\[\])*/.exec(rest)?.[0] ?? '';
    variants.push({ object: body, suffix });
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
  const objects = variants.filter((variant): variant is Extract<Variant, { object: string[] }> => 'object' in variant);
  const first = variants[0];
  const hugged =
    objects.length === 1 && first !== undefined && 'object' in first && first.suffix === '' && variants.slice(1).every((variant) => 'atom' in variant && (variant.atom === 'null' || variant.atom === 'undefined'));
  // A lone object (`{…}` or `{…}[]`) is no union: prettier keeps it as written. In parentheses, leave a hug to prettier.
  if (hugged || variants.length === 1) return undefined;
  const bar = `${indent}  | `;
  const out: string[] = [wrap === undefined ? `${indent}${key}` : `${indent}${key} (`];
  for (const variant of variants) {
    if ('atom' in variant) out.push(`${bar}${variant.atom}`);
    else {
      out.push(`${bar}{`);
      for (const line of variant.object) out.push(line === '' ? '' : `    ${line}`);
      out.push(`${indent}    }${variant.suffix}`);
    }
  }
  if (wrap === undefined) out[out.length - 1] += ';';
  else out.push(`${indent})${wrap};`);
  if (!out.every((line) => isCommentLine(line) || textWidthAtMost(line, PRINT_WIDTH))) return undefined;
  return { lines: [{ depth, out, exact: true, comment: false }], end };
}
