import { breakLongLine } from './break-line.js';
import type { Relaid } from './reindent.js';
import type { Token } from './scan.js';
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
  const tokens = relaid.tokens.slice(relaid.firstToken[index], relaid.firstToken[index + 1] ?? relaid.tokens.length);
  const isOperator = (token: Token | undefined) => token?.kind === 'punct' && (token.text === '|' || token.text === '&');
  const last = tokens[tokens.length - 1];
  if (last?.kind === 'punct' && /^[{[(]$/.test(last.text) && tokens.some(isOperator) && !opensFunctionBody(tokens)) return 'inexact';
  let first = 0;
  while (first < tokens.length && tokens[first]?.kind === 'punct' && /^[}\])]$/.test(tokens[first]!.text)) first++;
  if (first > 0 && tokens.slice(first).some(isOperator)) {
    // Only `} | null` (or undefined) right after the closing bracket is printed as written.
    const after = tokens[first];
    const next = tokens[first + 1];
    const hugged = after?.text === '|' && next?.kind === 'word' && (next.text === 'null' || next.text === 'undefined') && !tokens.slice(first + 2).some(isOperator);
    if (!hugged) return 'inexact';
  } else if (first === 0 && isOperator(tokens[0])) return 'inexact';
  const chained = tokens.filter((token, i) => token.kind === 'punct' && (token.text === '.' || token.text === '?.') && tokens[i - 1]?.text === ')').length;
  if (chained >= 2) return 'inexact';
  if (tokens.some((token) => token.kind === 'punct' && token.text === '=>')) return 'rebreak';
  // An array opening on an object or array may hold two or more of them, which prettier breaks one per line, however short.
  const opensNested = (token: Token, i: number) => token.kind === 'punct' && token.text === '[' && tokens[i + 1]?.kind === 'punct' && (tokens[i + 1]!.text === '{' || tokens[i + 1]!.text === '[');
  return NESTED_ARRAY.test(relaid.lines[index] as string) && tokens.some(opensNested) ? 'rebreak' : 'none';
}

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

/** `[export] function …(…): T {`: the brace opens the body, so a union or intersection before it is on this line only. */
function opensFunctionBody(tokens: Token[]): boolean {
  const start = tokens[0]?.text === 'export' ? 1 : 0;
  const before = tokens[tokens.length - 2];
  return tokens[start]?.text === 'function' && tokens[start]?.kind === 'word' && before !== undefined && (before.kind === 'word' || /^[)\]>}]$/.test(before.text));
}

export function isCommentLine(line: string): boolean {
  const trimmed = line.trimStart();
  return trimmed.startsWith('/*') || trimmed.startsWith('*') || trimmed.startsWith('//');
}
