import { layOutLines, type LaidLine } from './lines.js';
import { reindent } from './reindent.js';
import { segmentStarts } from './segments.js';
import { layOutObjectUnions } from './unions.js';

/**
 * A piece of a laid-out file: a top-level statement with its comments, or, inside a statement the layout cannot
 * vouch for as a whole, one member of an interface, object type or class. `exact` when its text is what prettier
 * prints; an inexact member says which declaration body (`wrapper`) prettier must see it in.
 */
export interface Chunk {
  text: string;
  exact: boolean;
  /** Whether a blank line separates it from the chunk before. */
  blankBefore: boolean;
  /** For an inexact member: format it as a member of `interface _ {…}` or `class _ {…}`. */
  wrapper?: 'interface' | 'class';
  /** For an inexact chunk, the first line the layout could not vouch for. */
  doubt?: string;
}

/**
 * layOutChunks over a whole file, a run of statements at a time (segments.ts): the same chunks, without the whole
 * file's tokens and lines in memory at once.
 */
export function layOutFileChunks(text: string): Chunk[] | undefined {
  const starts = segmentStarts(text);
  if (!starts || starts.length === 0) return layOutChunks(text);
  const chunks: Chunk[] = [];
  let from = 0;
  for (const end of [...starts, text.length]) {
    const laid = layOutChunks(text.slice(from, end));
    if (!laid) return undefined;
    // A segment after the first starts after a blank line.
    if (from > 0 && laid[0]) laid[0].blankBefore = true;
    for (const chunk of laid) chunks.push(chunk);
    from = end;
  }
  return chunks;
}

/**
 * The file laid out as prettier lays it out (bracket indentation, prettier's literals, long lines broken the way
 * prettier breaks them), in chunks; what the layout cannot vouch for is marked inexact and left for prettier.
 * Undefined when the file is not code this understands at all.
 */
export function layOutChunks(text: string): Chunk[] | undefined {
  const relaid = reindent(text);
  if (!relaid) return undefined;
  const laid = layOutObjectUnions(layOutLines(relaid));
  const chunks: Chunk[] = [];
  for (const statement of statements(laid, 0)) {
    const members = statement.lines.every((line) => line.exact) ? undefined : splitMembers(statement.lines);
    if (members) chunks.push(...members.map((chunk, i) => (i === 0 ? { ...chunk, blankBefore: statement.blankBefore } : chunk)));
    else chunks.push(chunkOf(statement.lines, statement.blankBefore));
  }
  if (chunks[0]) chunks[0].blankBefore = false;
  return chunks;
}

interface Statement {
  lines: LaidLine[];
  blankBefore: boolean;
}

/** Consecutive statements at `depth`: each with its leading comments, split at blank lines and at complete statements. */
function statements(lines: LaidLine[], depth: number): Statement[] {
  const found: Statement[] = [];
  let current: LaidLine[] = [];
  let blankBefore = false;
  // Whether the statement so far is complete (comments alone are not).
  let complete = false;
  const flush = () => {
    if (current.length > 0) found.push({ lines: current, blankBefore });
    current = [];
    blankBefore = false;
    complete = false;
  };
  for (const line of lines) {
    const text = line.out[0] as string;
    if (text === '') {
      if (line.depth === depth) {
        flush();
        blankBefore = true;
      } else if (current.length > 0) current.push(line);
      continue;
    }
    if (line.depth === depth && complete && !/^\s*[}\])]/.test(text)) flush();
    if (line.depth === depth && !line.comment) complete = /[;},]$/.test(line.out[line.out.length - 1] as string);
    current.push(line);
  }
  flush();
  return found;
}

function chunkOf(lines: LaidLine[], blankBefore: boolean, wrapper?: Chunk['wrapper']): Chunk {
  const exact = lines.every((line) => line.exact);
  const doubt = lines.find((line) => !line.exact)?.out[0];
  return {
    text: lines.flatMap((line) => line.out).join('\n'),
    exact,
    blankBefore,
    ...(!exact && wrapper ? { wrapper } : {}),
    ...(doubt !== undefined ? { doubt } : {}),
  };
}

const INTERFACE = /^(export )?(interface \S+( extends [^{]+)?|type \S+ =) \{$/;
const CLASS = /^(export )?class \S+( extends [^{]+)? \{$/;

/**
 * A top-level interface, object type or class, as its head, one chunk per member and its closing line; undefined
 * for any other statement. prettier lays out each member of such a body on its own, so only inexact members need it.
 */
function splitMembers(lines: LaidLine[]): Chunk[] | undefined {
  const open = lines.findIndex((line) => !line.comment);
  const head = lines[open];
  const last = lines[lines.length - 1];
  if (!head || !last || head.out.length !== 1 || !head.exact || last.depth !== 0 || !/^\};?$/.test(last.out[0] as string)) return undefined;
  const wrapper = INTERFACE.test(head.out[0] as string) ? 'interface' : CLASS.test(head.out[0] as string) ? 'class' : undefined;
  if (!wrapper) return undefined;
  const body = lines.slice(open + 1, -1);
  if (body.some((line) => line.depth < 1)) return undefined;
  return [
    chunkOf(lines.slice(0, open + 1), false),
    ...statements(body, 1).map((member) => chunkOf(member.lines, member.blankBefore, wrapper)),
    chunkOf([last], false),
  ];
}
