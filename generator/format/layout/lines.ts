import { breakLongLine } from './break-line.js';
import type { Relaid } from './reindent.js';
import { CLOSING_BRACKETS, isPunctIn, OPENING_BRACKETS, type Token } from './scan.js';
import { PRINT_WIDTH, textWidthAtMost } from './width.js';

/** One source line laid out: its output lines, and whether they are surely prettier's. */
export interface LaidLine {
  depth: number;
  out: string[];
  exact: boolean;
  comment: boolean;
}

/** Every line of the re-indented text laid out on its own: kept, broken as prettier breaks it, or marked inexact. */
export function layOutLines(relaid: Relaid): LaidLine[] {
  return relaid.lines.map((line, index) => {
    const depth = relaid.depths[index] ?? 0;
    const comment = isCommentLine(line);
    if (line === '') return { depth, out: [line], exact: true, comment };
    const risk = comment ? 'none' : lineRisk(relaid, index);
    // prettier never breaks a comment, however long.
    if (risk === 'none' && (comment || textWidthAtMost(line, PRINT_WIDTH))) return { depth, out: [line], exact: true, comment };
    if (risk === 'inexact') return { depth, out: [line], exact: false, comment };
    // A line broken by prettier's own doc printer is what prettier prints, even where a long literal still overflows.
    const broken = breakLongLine(relaid, index);
    return broken ? { depth, out: broken, exact: true, comment } : { depth, out: [line], exact: false, comment };
  });
}

/**
 * What a line needs beyond its width. `rebreak`: prettier may break it even when it fits (arguments holding arrow
 * functions, arrays of objects or arrays). `inexact`: a union or intersection joined to a multi-line bracket, which
 * prettier re-lays out (except the `{…} | null` it keeps), or a member chain of three calls or more.
 */
function lineRisk(relaid: Relaid, index: number): 'none' | 'rebreak' | 'inexact' {
  if (isObjectIntersection(relaid, index)) return 'none';
  // The line's tokens, read in place (the range of relaid.tokens from its first token to the next line's).
  const all = relaid.tokens;
  const start = relaid.firstToken[index] as number;
  const end = relaid.firstToken[index + 1] ?? all.length;
  if (start === end) return 'none';
  // Leading closing brackets, and what the rest of the line holds.
  let first = start;
  while (first < end && isPunctIn(all[first], CLOSING_BRACKETS)) first++;
  let operators = 0;
  let operatorsPastHug = 0;
  let chained = 0;
  let arrow = false;
  for (let i = start; i < end; i++) {
    const token = all[i] as Token;
    if (token.kind !== 'punct') continue;
    const text = token.text;
    if (text === '|' || text === '&') {
      operators++;
      // Past the `| null` (or undefined) a closing bracket may hug.
      if (i >= first + 2) operatorsPastHug++;
    } else if ((text === '.' || text === '?.') && i > start && all[i - 1]?.text === ')') chained++;
    else if (text === '=>') arrow = true;
  }
  const last = all[end - 1] as Token;
  if (last.kind === 'punct' && OPENING_BRACKETS.has(last.text) && operators > 0 && !opensFunctionBody(all, start, end)) return 'inexact';
  if (first > start && operators > 0) {
    // Only `} | null` (or undefined) right after the closing bracket is printed as written.
    const after = first < end ? all[first] : undefined;
    const next = first + 1 < end ? all[first + 1] : undefined;
    const hugged = after?.text === '|' && next?.kind === 'word' && (next.text === 'null' || next.text === 'undefined') && operatorsPastHug === 0;
    if (!hugged) return 'inexact';
  } else if (first === start && isPunctIn(all[start], OPERATORS)) return 'inexact';
  if (chained >= 2) return 'inexact';
  if (arrow) return 'rebreak';
  // An array opening on an object or array may hold two or more of them, which prettier breaks one per line, however short.
  if (!NESTED_ARRAY.test(relaid.lines[index] as string)) return 'none';
  for (let i = start; i < end - 1; i++) {
    if (isPunctIn(all[i], ARRAY_OPENER) && isPunctIn(all[i + 1], OBJECT_OR_ARRAY_OPENERS)) return 'rebreak';
  }
  return 'none';
}

const OPERATORS = new Set(['|', '&']);
const ARRAY_OPENER = new Set(['[']);
const OBJECT_OR_ARRAY_OPENERS = new Set(['{', '[']);

/** The text of `[` then `{` or `[`: a line without it opens no array of objects or arrays (its tokens say for sure). */
const NESTED_ARRAY = /\[\s*[{[]/;

const INTERSECTION_HEAD = /^(export )?type [\w$]+ = [\w$.]+ & \{$/;
const MEMBER_INTERSECTION_HEAD = /^[\w$]+\??: \(?[\w$.]+ & \{$/;
const OBJECT_TYPE_HEAD = /^(export )?type [\w$]+ = \{$/;

/**
 * One named type and one multi-line object type intersected, which prettier prints as written: `type T = A & {` or
 * a member's `key: (A & {` opening the object, or `} & A;` closing a `type T = {`.
 */
function isObjectIntersection(relaid: Relaid, index: number): boolean {
  const line = (relaid.lines[index] as string).trimStart();
  const depth = relaid.depths[index] ?? 0;
  // The object must close the type: followed by `| null` or another `&`, prettier lays the whole type out anew.
  if (depth === 0 && INTERSECTION_HEAD.test(line)) return neighbourAtDepth(relaid, index, 1) === '};';
  if (depth > 0 && MEMBER_INTERSECTION_HEAD.test(line)) return neighbourAtDepth(relaid, index, 1) === (line.includes('(') ? '})[];' : '};');
  if (line === '} & {') return isObjectsOnlyIntersection(relaid, index);
  if (depth !== 0 || !/^\} & [\w$.]+;$/.test(line)) return false;
  return OBJECT_TYPE_HEAD.test(neighbourAtDepth(relaid, index, -1) ?? '');
}

const MEMBER_OBJECT_HEAD = /^[\w$]+\??: \{$/;

/**
 * `} & {` between multi-line object types that are all the type is (`type T = {…} & {…};` or a member's
 * `key: {…} & {…};`): prettier joins objects with ` & ` and indents none of them.
 */
function isObjectsOnlyIntersection(relaid: Relaid, index: number): boolean {
  const head = neighbourAtDepth(relaid, index, -1, '} & {') ?? '';
  if (!((relaid.depths[index] ?? 0) === 0 ? OBJECT_TYPE_HEAD : MEMBER_OBJECT_HEAD).test(head)) return false;
  return neighbourAtDepth(relaid, index, 1, '} & {') === '};';
}

/**
 * The nearest line before (`step` -1) or after (1) line `index` at the same depth, trimmed: the head or the closer
 * of the bracket around it. Blank lines, comments and lines equal to `skip` are passed over.
 */
function neighbourAtDepth(relaid: Relaid, index: number, step: 1 | -1, skip?: string): string | undefined {
  const depth = relaid.depths[index];
  for (let at = index + step; at >= 0 && at < relaid.lines.length; at += step) {
    const text = (relaid.lines[at] as string).trim();
    if (relaid.depths[at] === depth && text !== '' && text !== skip && !isCommentLine(text)) return text;
  }
  return undefined;
}

/** `[export] function …(…): T {` (tokens `start` to `end`): the brace opens the body, so a union or intersection before it is on this line only. */
function opensFunctionBody(tokens: Token[], start: number, end: number): boolean {
  const head = tokens[start]?.text === 'export' ? start + 1 : start;
  const before = end - 2 >= start ? tokens[end - 2] : undefined;
  return head < end && tokens[head]?.text === 'function' && tokens[head]?.kind === 'word' && before !== undefined && (before.kind === 'word' || /^[)\]>}]$/.test(before.text));
}

/** A line that starts, after white space, with `/*`, `*` or `//`. */
const COMMENT_LINE = /^\s*(?:\/[*/]|\*)/;

export function isCommentLine(line: string): boolean {
  return COMMENT_LINE.test(line);
}
