import { breakLongLine } from './break-line.js';
import { reindent, type Relaid } from './reindent.js';
import type { Token } from './scan.js';
import { PRINT_WIDTH, textWidthAtMost } from './width.js';

/** A top-level statement (with its comments), laid out; `exact` when its text is what prettier would print. */
export interface Chunk {
  text: string;
  exact: boolean;
  /** Whether a blank line separates it from the chunk before. */
  blankBefore: boolean;
}

/**
 * The file's top-level statements, each laid out as prettier lays it out: bracket indentation, prettier's literals,
 * long lines broken the way prettier breaks them. A statement with a line this cannot vouch for is marked inexact
 * and left for prettier. Undefined when the file is not code this understands at all.
 */
export function layOutChunks(text: string): Chunk[] | undefined {
  const relaid = reindent(text);
  if (!relaid) return undefined;
  const chunks: Chunk[] = [];
  let lines: string[] = [];
  let exact = true;
  let blankBefore = false;
  // Whether the chunk so far holds a complete statement (comments alone do not).
  let complete = false;
  const flush = () => {
    if (lines.length > 0) chunks.push({ text: lines.join('\n'), exact, blankBefore: blankBefore && chunks.length > 0 });
    lines = [];
    exact = true;
    blankBefore = false;
    complete = false;
  };
  relaid.lines.forEach((line, index) => {
    const depth = relaid.depths[index];
    if (line === '') {
      if (depth === 0) {
        flush();
        blankBefore = true;
      } else if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push(line);
      return;
    }
    if (depth === 0 && complete && !isContinuation(line)) flush();
    if (depth === 0 && !isCommentLine(line)) complete = /[;}]$/.test(line);
    const risk = isCommentLine(line) ? 'none' : lineRisk(relaid, index);
    if (risk === 'inexact') exact = false;
    if (risk === 'none' && textWidthAtMost(line, PRINT_WIDTH)) {
      lines.push(line);
      return;
    }
    // A line broken by prettier's own doc printer is what prettier prints, even where a long literal still overflows.
    const broken = breakLongLine(relaid, index);
    if (broken) lines.push(...broken);
    else {
      lines.push(line);
      exact = false;
    }
  });
  flush();
  return chunks;
}

/**
 * What a line needs beyond its width. `rebreak`: prettier may break it even when it fits (arguments holding arrow
 * functions). `inexact`: a union or intersection joined to a multi-line bracket, which prettier re-lays out, except
 * the `{…} | null` it keeps.
 */
function lineRisk(relaid: Relaid, index: number): 'none' | 'rebreak' | 'inexact' {
  const tokens = relaid.tokens.slice(relaid.firstToken[index], relaid.firstToken[index + 1] ?? relaid.tokens.length);
  const isOperator = (token: Token | undefined) => token?.kind === 'punct' && (token.text === '|' || token.text === '&');
  const last = tokens[tokens.length - 1];
  if (last?.kind === 'punct' && /^[{[(]$/.test(last.text) && tokens.some(isOperator)) return 'inexact';
  let first = 0;
  while (first < tokens.length && tokens[first]?.kind === 'punct' && /^[}\])]$/.test(tokens[first]!.text)) first++;
  const after = tokens[first];
  if (isOperator(after)) {
    const next = tokens[first + 1];
    const hugged = first > 0 && after?.text === '|' && next?.kind === 'word' && (next.text === 'null' || next.text === 'undefined') && !tokens.slice(first + 2).some(isOperator);
    if (!hugged) return 'inexact';
  }
  // Member chains of three calls or more (`a.b().c().d()`) may break even when they fit.
  const chained = tokens.filter((token, i) => token.kind === 'punct' && (token.text === '.' || token.text === '?.') && tokens[i - 1]?.text === ')').length;
  if (chained >= 2) return 'inexact';
  return tokens.some((token) => token.kind === 'punct' && token.text === '=>') ? 'rebreak' : 'none';
}

/** A depth-0 line that carries on the statement before (`} as const;`, `}[];`). */
function isContinuation(line: string): boolean {
  return /^[}\])]/.test(line);
}

function isCommentLine(line: string): boolean {
  const trimmed = line.trimStart();
  return trimmed.startsWith('/*') || trimmed.startsWith('*') || trimmed.startsWith('//');
}
