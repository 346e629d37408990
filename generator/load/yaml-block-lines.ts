import { documentLineFinder, type LineFinder } from './yaml-document-lines.js';

/** What a pointer can step into: a mapping's keys (first of duplicates), a sequence's items, or nothing. */
type BlockNode = { keys: Map<string, Placed> } | { items: Placed[] } | 'scalar' | 'flow';

/** A node and the line a step onto it lands on (a key's line in a mapping, the item's own line in a sequence). */
interface Placed {
  line: number;
  node: BlockNode;
}

/** Thrown where the text leaves the block YAML the scan reads with certainty. */
const UNSURE = Symbol('unsure');

/** Tabs, a BOM, control characters and line breaks other than \n and \r\n: left to the `yaml` package. */
const UNREADABLE = /[\t\uFEFF\x00-\x08\x0B\x0C\x0E-\x1F\x7F\x85\u2028\u2029]|\r(?!\n)/;

/** Plain keys the YAML 1.2 core schema reads as numbers other than decimal integers. */
const OTHER_NUMBER = /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;

/** After a quoted scalar or a flow collection: nothing, or a comment. */
const NOTHING_MORE = /^(?: +(?:#.*)?)?$/;

/**
 * The lines `documentLineFinder` gives, from a line scan of block-style YAML
 * (indentation, `key:` and `- ` entries; block scalars, multi-line plain and
 * quoted scalars and comments skipped): VoIPBIN's 266 source files in 43 ms
 * instead of 530 ms. Undefined for text whose shape the scan cannot read with
 * certainty: anchors, aliases, tags, complex or escaped keys, flow collections
 * over several lines, more than one document, tabs. A pointer that enters a
 * one-line flow collection is answered by `documentLineFinder`.
 */
export function blockLineFinder(text: string): LineFinder | undefined {
  if (UNREADABLE.test(text)) return undefined;
  let root: Placed | undefined;
  try {
    root = new BlockScanner(text).document();
  } catch (error) {
    if (error === UNSURE) return undefined;
    throw error;
  }
  let parsed: LineFinder | undefined;
  return (tokens) => {
    if (root === undefined) return undefined;
    let { line, node } = root;
    for (const token of tokens) {
      if (node === 'flow') return (parsed ??= documentLineFinder(text))(tokens);
      if (node === 'scalar') return line;
      const next = 'keys' in node ? node.keys.get(token) : node.items[Number(token)];
      if (next === undefined) return line;
      ({ line, node } = next);
    }
    return line;
  };
}

/** Builds the tree of one document, line by line; `row` is the first line not read yet. */
class BlockScanner {
  private readonly lines: string[];
  private row = 0;

  constructor(text: string) {
    this.lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  }

  document(): Placed | undefined {
    let start = this.nextContent();
    if (this.lines[start]?.startsWith('---')) {
      if (!NOTHING_MORE.test(this.lines[start]!.slice(3))) throw UNSURE;
      this.row = start + 1;
      start = this.nextContent();
      // `yaml` gives a document of only a start marker an empty scalar, somewhere.
      if (start === this.lines.length) throw UNSURE;
    }
    if (start === this.lines.length) return undefined;
    const root = this.node(-1, start, indentOf(this.lines[start]!));
    if (typeof root.node === 'string' || this.nextContent() < this.lines.length) throw UNSURE;
    return root;
  }

  /** The node whose first character is at `column` of line `row`, inside a collection at `parent`'s column. */
  private node(parent: number, row: number, column: number): Placed {
    const text = this.lines[row]!.slice(column);
    if (isEntryDash(text)) return { line: row + 1, node: this.sequence(row, column) };
    const key = keyAt(text);
    if (key) return { line: row + 1, node: this.mapping(row, column, key) };
    return { line: row + 1, node: this.scalar(parent, row, column) };
  }

  private mapping(row: number, column: number, first: Key): BlockNode {
    const keys = new Map<string, Placed>();
    for (let key = first, at = row; ; ) {
      const value = this.value(column, at, column + key.end, 'mapping');
      if (!keys.has(key.name)) keys.set(key.name, { line: at + 1, node: value.node });
      const next = this.nextContent();
      if (next === this.lines.length) break;
      const indent = indentOf(this.lines[next]!);
      if (indent > column) throw UNSURE;
      if (indent < column) break;
      const found = keyAt(this.lines[next]!.slice(column));
      if (!found) throw UNSURE;
      key = found;
      at = next;
    }
    return { keys };
  }

  private sequence(row: number, column: number): BlockNode {
    const items: Placed[] = [];
    for (let at = row; ; ) {
      items.push(this.value(column, at, column + 1, 'sequence'));
      const next = this.nextContent();
      if (next === this.lines.length) break;
      const indent = indentOf(this.lines[next]!);
      if (indent > column) throw UNSURE;
      if (indent < column || !isEntryDash(this.lines[next]!.slice(column))) break;
      at = next;
    }
    return { items };
  }

  /** The value after a key's colon or an item's dash at `from` of line `row`, in a collection at `column`. */
  private value(column: number, row: number, from: number, owner: 'mapping' | 'sequence'): Placed {
    const line = this.lines[row]!;
    let start = from;
    while (line[start] === ' ') start++;
    if (start === line.length || line[start] === '#') {
      this.row = row + 1;
      const next = this.nextContent();
      const text = this.lines[next];
      if (text !== undefined) {
        const indent = indentOf(text);
        if (indent > column) return this.node(column, next, indent);
        // A sequence may sit at its key's own indentation.
        if (indent === column && owner === 'mapping' && isEntryDash(text.slice(column))) return { line: next + 1, node: this.sequence(next, column) };
      }
      return { line: row + 1, node: 'scalar' };
    }
    if (owner === 'sequence') {
      const text = line.slice(start);
      if (isEntryDash(text)) return { line: row + 1, node: this.sequence(row, start) };
      const key = keyAt(text);
      if (key) return { line: row + 1, node: this.mapping(row, start, key) };
    }
    return { line: row + 1, node: this.scalar(column, row, start) };
  }

  private scalar(column: number, row: number, start: number): BlockNode {
    const line = this.lines[row]!;
    const first = line[start];
    if (first === '"' || first === "'") return this.quoted(column, row, start);
    if (first === '|' || first === '>') return this.blockScalar(column, row, start);
    if (first === '[' || first === '{') return this.flow(row, start);
    if (isIndicatorStart(line.slice(start))) throw UNSURE;
    return this.plain(column, row, start);
  }

  /** A plain scalar and its continuation lines, indented deeper than its collection. */
  private plain(column: number, row: number, start: number): BlockNode {
    let commented = plainLineEndsInComment(this.lines[row]!, start);
    let at = row + 1;
    for (; at < this.lines.length; at++) {
      const line = this.lines[at]!;
      const indent = indentOf(line);
      if (indent === line.length) continue;
      if (indent <= column) break;
      if (line[indent] === '#') {
        commented = true;
        continue;
      }
      // Any character but `#` (a comment) may start a continuation line: `- x`, `[x]` or `&x` are text there.
      if (commented) throw UNSURE;
      commented = plainLineEndsInComment(line, indent);
    }
    this.row = at;
    return 'scalar';
  }

  private quoted(column: number, row: number, start: number): BlockNode {
    let at = row;
    let end = quotedEnd(this.lines[at]!, start).end;
    while (end < 0) {
      const line = this.lines[++at];
      if (line === undefined) throw UNSURE;
      const indent = indentOf(line);
      if (indent < line.length && indent <= column) throw UNSURE;
      end = quotedEnd(line, -1, this.lines[row]![start]).end;
    }
    if (!NOTHING_MORE.test(this.lines[at]!.slice(end))) throw UNSURE;
    this.row = at + 1;
    return 'scalar';
  }

  /** `|` or `>` with an optional chomping indicator; its lines run while blank or at least as deep as its first. */
  private blockScalar(column: number, row: number, start: number): BlockNode {
    if (!/^[|>][+-]?(?: +(?:#.*)?)?$/.test(this.lines[row]!.slice(start))) throw UNSURE;
    let at = row + 1;
    let longestBlank = 0;
    for (; at < this.lines.length && isBlank(this.lines[at]!); at++) longestBlank = Math.max(longestBlank, this.lines[at]!.length);
    if (at < this.lines.length) {
      const indent = indentOf(this.lines[at]!);
      if (longestBlank > indent) throw UNSURE;
      if (indent > column) while (at < this.lines.length && (isBlank(this.lines[at]!) || indentOf(this.lines[at]!) >= indent)) at++;
    }
    this.row = at;
    return 'scalar';
  }

  /** A flow collection closed on its own line; one that goes on is left to the `yaml` package. */
  private flow(row: number, start: number): BlockNode {
    const line = this.lines[row]!;
    const closers: string[] = [];
    let scalarMayStart = true;
    for (let at = start; at < line.length; at++) {
      const char = line[at]!;
      if (char === '[' || char === '{') closers.push(char === '[' ? ']' : '}');
      else if (char === ']' || char === '}') {
        if (closers.pop() !== char) throw UNSURE;
        if (closers.length === 0) {
          if (!NOTHING_MORE.test(line.slice(at + 1))) throw UNSURE;
          this.row = row + 1;
          return 'flow';
        }
      } else if (char === '"' || char === "'") {
        const { end } = scalarMayStart ? quotedEnd(line, at) : { end: -1 };
        if (end < 0) throw UNSURE;
        at = end - 1;
      } else if (char === '#' && line[at - 1] === ' ') throw UNSURE;
      // A quote opens a scalar only where one starts: `'a''b'` is quoted, `it's` and `a:'b'` are plain.
      if (char !== ' ') scalarMayStart = '[{,'.includes(char) || (char === ':' && line[at + 1] === ' ');
    }
    throw UNSURE;
  }

  /** The first line from `row` on with something other than spaces or a comment (the line count when none). */
  private nextContent(): number {
    while (this.row < this.lines.length && !hasContent(this.lines[this.row]!)) this.row++;
    return this.row;
  }
}

/** An implicit key: its name as `String(key.value)` of the `yaml` package, and where its colon ends. */
interface Key {
  name: string;
  end: number;
}

/** The key a mapping entry starts with, undefined when `text` is not one; throws for keys not read with certainty. */
function keyAt(text: string): Key | undefined {
  const first = text[0];
  if (first === '"' || first === "'") {
    const { end, escaped } = quotedEnd(text, 0);
    if (end < 0) return undefined;
    let colon = end;
    while (text[colon] === ' ') colon++;
    if (text[colon] !== ':') return undefined;
    if (escaped || (colon + 1 < text.length && text[colon + 1] !== ' ')) throw UNSURE;
    const inner = text.slice(1, end - 1);
    return { name: first === "'" ? inner.replaceAll("''", "'") : inner, end: colon + 1 };
  }
  if (isIndicatorStart(text)) return undefined;
  const colon = mappingColon(text, 0, text.length);
  const comment = text.indexOf(' #');
  if (colon < 0 || (comment >= 0 && comment < colon)) return undefined;
  return { name: plainKeyName(text.slice(0, colon).replace(/ +$/, '')), end: colon + 1 };
}

/** The first colon in `line` from `start` to `end` followed by a space or by `end`: -1 when none. */
function mappingColon(line: string, start: number, end: number): number {
  const spaced = line.indexOf(': ', start);
  if (spaced >= 0 && spaced < end) return spaced;
  return line[end - 1] === ':' && end - 1 >= start ? end - 1 : -1;
}

/** A plain key as the YAML 1.2 core schema reads it, turned back into a string. */
function plainKeyName(raw: string): string {
  if (raw.length > 1000) throw UNSURE;
  if (/^(?:~|[Nn]ull|NULL)$/.test(raw)) return 'null';
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(raw)) return String(raw[0] === 't' || raw[0] === 'T');
  if (/^[-+]?[0-9]+$/.test(raw)) return String(parseInt(raw, 10));
  if (OTHER_NUMBER.test(raw)) throw UNSURE;
  return raw;
}

/**
 * Where a quoted scalar that opens at `start` closes on this line: the index after its closing quote, -1 when
 * it goes on. `start` -1 continues a scalar opened on an earlier line with `quote`.
 */
function quotedEnd(line: string, start: number, quote = line[start]): { end: number; escaped: boolean } {
  let escaped = false;
  for (let at = start + 1; at < line.length; at++) {
    const char = line[at];
    if (quote === '"' && char === '\\') {
      escaped = true;
      at++;
    } else if (char === quote) {
      if (quote === "'" && line[at + 1] === "'") at++;
      else return { end: at + 1, escaped };
    }
  }
  return { end: -1, escaped };
}

/** Throws at `: ` (a mapping where a plain scalar may not have one); true when the line ends in a comment. */
function plainLineEndsInComment(line: string, start: number): boolean {
  const comment = line.indexOf(' #', start);
  if (mappingColon(line, start, comment < 0 ? line.length : comment) >= 0) throw UNSURE;
  return comment >= 0;
}

/** Text that starts with an indicator, so is not a plain scalar. */
function isIndicatorStart(text: string): boolean {
  const first = text[0] as string;
  if (first === '-' || first === '?' || first === ':') return text.length === 1 || text[1] === ' ';
  return ',[]{}#&*!|>\'"%@`'.includes(first);
}

function isEntryDash(text: string): boolean {
  return text === '-' || text.startsWith('- ');
}

function indentOf(line: string): number {
  let indent = 0;
  while (line[indent] === ' ') indent++;
  return indent;
}

function isBlank(line: string): boolean {
  return indentOf(line) === line.length;
}

function hasContent(line: string): boolean {
  const indent = indentOf(line);
  return indent < line.length && line[indent] !== '#';
}
