import { scan } from './scan.js';
import { clause, expression, binding, simpleStatement, variableName } from './snippet-syntax.js';
import { SyntaxReader, Unsupported } from './syntax.js';
import { PRINT_WIDTH, textWidthAtMost } from './width.js';

/** The lines of a code block and the first one not read yet. */
interface Cursor {
  lines: string[];
  next: number;
}

/**
 * Whether prettier (TypeScript or JavaScript parser, format-files' options) prints this code block exactly as it is.
 * Only a README-like subset is proved: statements of the subset snippet-syntax reads, one a line and fitting the
 * width, in `if`/`else`, `for … of` and `try`/`catch` blocks indented two spaces a level, `//` comments on their
 * own line or after a plain statement, single blank lines between statements. Anything else is false.
 */
export function isPrettierSnippet(code: string): boolean {
  const lines = code.split('\n');
  // prettier never breaks a comment, however long; code lines must fit, a comment after them included.
  if (lines.some((line) => !line.trimStart().startsWith('//') && !textWidthAtMost(line, PRINT_WIDTH))) return false;
  const cursor = { lines, next: 0 };
  try {
    statementList(cursor, 0);
  } catch (error) {
    if (error instanceof Unsupported) return false;
    throw error;
  }
  return cursor.next === lines.length;
}

/** Statements, comments and single blank lines at `depth`, up to the line that closes the block (or the end). */
function statementList(cursor: Cursor, depth: number): void {
  const indent = '  '.repeat(depth);
  const closes = (line: string | undefined) => line === undefined || (depth > 0 && line.startsWith(`${'  '.repeat(depth - 1)}}`));
  let statements = 0;
  let comments = 0;
  let blanks = 0;
  while (!closes(cursor.lines[cursor.next])) {
    const line = cursor.lines[cursor.next] as string;
    if (line === '') {
      // prettier keeps one blank line between statements, none at a block's start or end.
      const following = cursor.lines[cursor.next + 1];
      if (statements + comments === 0 || following === '' || closes(following)) throw new Unsupported('blank line');
      blanks++;
      cursor.next++;
      continue;
    }
    if (!line.startsWith(indent) || line[indent.length] === ' ') throw new Unsupported('indentation');
    const text = line.slice(indent.length);
    if (text.startsWith('//')) {
      if (text.includes('prettier-ignore')) throw new Unsupported('prettier-ignore');
      comments++;
      cursor.next++;
    } else {
      statement(cursor, depth, text);
      statements++;
    }
  }
  if (depth > 0 && statements + comments === 0) throw new Unsupported('empty block');
  // Comments alone in a block are printed one per line, without the blank lines between them.
  if (statements === 0 && blanks > 0) throw new Unsupported('blank line between dangling comments');
}

/** A statement starting on the cursor's line (its `text` without the indentation), with the lines of its blocks. */
function statement(cursor: Cursor, depth: number, text: string): void {
  if (/^(?:if|for|try)\b/.test(text)) {
    compound(cursor, depth, text);
    return;
  }
  const { reader, comment } = lineReader(text, true);
  const printed = simpleStatement(reader);
  expectLine(reader, text, comment ? `${printed} ${comment}` : printed);
  cursor.next++;
}

/** `if`, `for … of` or `try` from `text` (a whole line, or what follows `} else `) to the end of its last block. */
function compound(cursor: Cursor, depth: number, text: string): void {
  const { reader } = lineReader(text, false);
  if (reader.isWord('try')) {
    reader.take();
    expectLine(reader, text, 'try {', '{');
    let after = block(cursor, depth);
    if (after.startsWith(' catch')) {
      const rest = lineReader(after.slice(1), false).reader;
      rest.expect('catch');
      rest.expect('(');
      const name = variableName(rest);
      rest.expect(')');
      expectLine(rest, after.slice(1), `catch (${name}) {`, '{');
      after = block(cursor, depth);
    } else if (after !== ' finally {') throw new Unsupported('try without catch');
    if (after === ' finally {') after = block(cursor, depth);
    endBlock(cursor, after);
    return;
  }
  const head = reader.isWord('if') ? ifHead(reader) : forHead(reader);
  if (reader.isPunct('{')) {
    expectLine(reader, text, `${head} {`, '{');
    const after = block(cursor, depth);
    if (head.startsWith('if') && after.startsWith(' else ')) elseClause(cursor, depth, after.slice(' else '.length));
    else endBlock(cursor, after);
    return;
  }
  expectLine(reader, text, `${head} ${clause(reader)}`);
  cursor.next++;
  // After a single-statement `if`, prettier starts `else` on a line of its own.
  const indent = '  '.repeat(depth);
  const next = cursor.lines[cursor.next];
  if (head.startsWith('if') && next?.startsWith(`${indent}else `)) elseClause(cursor, depth, next.slice(`${indent}else `.length));
}

/** What follows `else ` (on the cursor's line): a block, another `if`, or a single statement. */
function elseClause(cursor: Cursor, depth: number, text: string): void {
  if (text === '{') endBlock(cursor, block(cursor, depth));
  else if (/^if\b/.test(text)) compound(cursor, depth, text);
  else {
    const { reader } = lineReader(text, false);
    expectLine(reader, text, clause(reader));
    cursor.next++;
  }
}

function ifHead(reader: SyntaxReader): string {
  reader.expect('if');
  reader.expect('(');
  const test = expression(reader);
  reader.expect(')');
  return `if (${test})`;
}

function forHead(reader: SyntaxReader): string {
  reader.expect('for');
  const awaits = reader.isWord('await') ? (reader.take(), ' await') : '';
  reader.expect('(');
  const kind = reader.take().text;
  if (kind !== 'const' && kind !== 'let') throw new Unsupported('for binding');
  const target = binding(reader);
  reader.expect('of');
  const iterable = expression(reader);
  reader.expect(')');
  return `for${awaits} (${kind} ${target} of ${iterable})`;
}

/** The block a line opened: its statements one level deeper, then the line that closes it; returns what follows its `}`. */
function block(cursor: Cursor, depth: number): string {
  cursor.next++;
  statementList(cursor, depth + 1);
  const indent = '  '.repeat(depth);
  const line = cursor.lines[cursor.next];
  if (line === undefined || !line.startsWith(`${indent}}`)) throw new Unsupported('block end');
  return line.slice(indent.length + 1);
}

/** The line that closed the last block must end with its `}`. */
function endBlock(cursor: Cursor, after: string): void {
  if (after !== '') throw new Unsupported(`after block: ${after}`);
  cursor.next++;
}

/** The line's tokens; a `//` comment at its end is set apart where `trailing` comments are allowed. */
function lineReader(text: string, trailing: boolean): { reader: SyntaxReader; comment?: string } {
  const tokens = scan(text);
  if (!tokens) throw new Unsupported('tokens');
  const last = tokens[tokens.length - 1];
  if (trailing && last?.kind === 'comment' && last.text.startsWith('//') && !last.text.includes('prettier-ignore')) {
    return { reader: new SyntaxReader(tokens.slice(0, -1)), comment: last.text };
  }
  return { reader: new SyntaxReader(tokens) };
}

/** The reader took the line's last token (`last`, when given, first) and the line reads as prettier prints it. */
function expectLine(reader: SyntaxReader, text: string, printed: string, last?: string): void {
  if (last !== undefined) reader.expect(last);
  if (!reader.done || text !== printed) throw new Unsupported(`not as prettier prints it: ${text}`);
}
