import { prettierNumber, prettierString } from './literals.js';
import { CLOSING_BRACKETS, isPunctIn, OPENING_BRACKETS, scan, type Token } from './scan.js';

/** Generated code re-printed line by line: indented by bracket nesting, literals as prettier writes them. */
export interface Relaid {
  lines: string[];
  /** Per line: its indentation level, the enclosing lines that left brackets open (after its own leading closers). */
  depths: number[];
  tokens: Token[];
  /** Per line: the index of its first token. */
  firstToken: number[];
}

/**
 * Keeps each line's break and content, rebuilds its indentation (two spaces per line that left a bracket open, as
 * prettier does for `({` too), rewrites string and number literals and re-aligns block comments. Returns undefined
 * for text it does not understand.
 */
export function reindent(text: string): Relaid | undefined {
  const tokens = scan(text);
  if (!tokens) return undefined;
  const lines: string[] = [];
  const depths: number[] = [];
  const firstToken: number[] = [];
  // One entry per line that opened brackets still open: its count of them.
  const open: OpenLine[] = [];
  let t = 0;
  // The token that runs on past the current line (a block comment), if any.
  let spanning: Token | undefined;
  let spanningLevel = 0;
  let offset = 0;
  for (const raw of text.split('\n')) {
    const lineEnd = offset + raw.length;
    if (spanning && spanning.start + spanning.text.length > offset) {
      if (spanning.kind !== 'comment') return undefined;
      const trimmed = commentLineEnd(raw.trimStart());
      if (trimmed === undefined) return undefined;
      // prettier re-aligns a block comment only when every later line starts with `*`; others it prints as they are.
      if (!trimmed.startsWith('*')) return undefined;
      firstToken.push(t);
      depths.push(spanningLevel);
      lines.push(trimmed === '' ? '' : '  '.repeat(spanningLevel) + ` ${trimmed}`);
      offset = lineEnd + 1;
      continue;
    }
    const lineTokens: Token[] = [];
    while (t < tokens.length && (tokens[t] as Token).start < lineEnd) lineTokens.push(tokens[t++] as Token);
    firstToken.push(t - lineTokens.length);
    let leadingClosers = 0;
    while (leadingClosers < lineTokens.length && isPunctIn(lineTokens[leadingClosers], CLOSING_BRACKETS)) leadingClosers++;
    const level = levelAfterClosing(open, leadingClosers);
    const indent = '  '.repeat(level);
    depths.push(level);
    lines.push(raw.trim() === '' ? '' : indent + relaidLine(raw, offset, lineTokens));
    const last = lineTokens[lineTokens.length - 1];
    spanning = last && last.start + last.text.length > lineEnd ? last : undefined;
    spanningLevel = level;
    let opened = 0;
    for (const token of lineTokens) {
      if (isPunctIn(token, OPENING_BRACKETS)) opened++;
      else if (isPunctIn(token, CLOSING_BRACKETS)) {
        if (opened > 0) opened--;
        else close(open);
      }
    }
    if (opened > 0) open.push({ count: opened, closing: false });
    offset = lineEnd + 1;
  }
  joinEmptyBraces(lines, depths, firstToken);
  return { lines, depths, tokens, firstToken };
}

/**
 * A block comment's later line as prettier ends it: one trailing space dropped, two or more kept as two (a Markdown
 * line break in a description); undefined for trailing tabs, which this does not model.
 */
function commentLineEnd(line: string): string | undefined {
  const body = line.replace(/[ \t]+$/, '');
  const trailing = line.slice(body.length);
  if (trailing.includes('\t')) return undefined;
  return trailing.length >= 2 && body !== '*' ? `${body}  ` : body;
}

/** A line whose text starts with `}`. */
const CLOSING_BRACE_LINE = /^\s*\}/;

/** `{` at a line's end with `}` starting the next: an empty body, which prettier prints as `{}`. */
function joinEmptyBraces(lines: string[], depths: number[], firstToken: number[]): void {
  for (let i = lines.length - 2; i >= 0; i--) {
    if (!(lines[i] as string).endsWith('{') || !CLOSING_BRACE_LINE.test(lines[i + 1] as string)) continue;
    lines[i] += (lines[i + 1] as string).trimStart();
    lines.splice(i + 1, 1);
    depths.splice(i + 1, 1);
    firstToken.splice(i + 1, 1);
  }
}

/**
 * A line that left brackets open. It indents what follows by one level however many it opened (`({` hugs), and
 * the level ends at the first of them closed: `} | null)[]` is back at the line's own level.
 */
interface OpenLine {
  count: number;
  closing: boolean;
}

/** The nesting level of a line that starts with `closers` closing brackets: what `close` applied that often would leave open, counted without changing `open`. */
function levelAfterClosing(open: OpenLine[], closers: number): number {
  let level = 0;
  let remaining = closers;
  for (let i = open.length - 1; i >= 0; i--) {
    const entry = open[i] as OpenLine;
    if (remaining > 0) remaining -= Math.min(remaining, entry.count);
    else if (!entry.closing) level++;
  }
  return level;
}

function close(open: OpenLine[]): void {
  const last = open[open.length - 1];
  if (!last) return;
  last.count--;
  last.closing = true;
  if (last.count === 0) open.pop();
}

/** The line's tokens with their original spacing and literals rewritten. */
function relaidLine(raw: string, lineStart: number, tokens: Token[]): string {
  const first = tokens[0];
  if (!first) return '';
  let out = '';
  // Where the line's text starts: its first token, or past its indentation when that token began on an earlier line.
  let cursor = first.start >= lineStart ? first.start - lineStart : raw.length - raw.trimStart().length;
  // `raw` from `copied` to `cursor` belongs in `out` as it is: runs of tokens kept as written are copied in one slice.
  let copied = cursor;
  for (const token of tokens) {
    const start = token.start - lineStart;
    const end = Math.min(start + token.text.length, raw.length);
    const literal = token.kind === 'string' ? prettierString(token.text) : token.kind === 'number' ? (prettierNumber(token.text) ?? token.text) : undefined;
    // Tokens from an earlier line (after a block comment's end) have offsets off this line: added piece by piece.
    if ((literal === undefined || literal === token.text) && start >= cursor && copied >= 0) {
      cursor = end;
      continue;
    }
    out += raw.slice(copied, cursor) + raw.slice(cursor, start) + (literal ?? raw.slice(start, end));
    cursor = end;
    copied = end;
  }
  return (out + raw.slice(copied, cursor)).trimEnd();
}
