import { printer, type builders } from 'prettier/doc';

type Doc = builders.Doc;

/** The fields of prettier's doc commands this printer reads (its published types leave some out). */
interface Node {
  type: string;
  contents: Doc;
  n?: unknown;
  id?: symbol;
  break?: boolean | 'propagated';
  expandedStates?: Doc[];
  groupId?: symbol;
  breakContents?: Doc;
  flatContents?: Doc;
  negate?: boolean;
  hard?: boolean;
  soft?: boolean;
  literal?: boolean;
  parts?: Doc[];
  /** For a fill: how many of its parts are printed already (prettier keeps this under a symbol). */
  printed?: number;
}
type Group = Node;

const BREAK = 0;
const FLAT = 1;
type Mode = typeof BREAK | typeof FLAT;

interface Command {
  /** Spaces of indentation. */
  indent: number;
  mode: Mode;
  doc: Doc;
}

/** Thrown for a doc this printer leaves to prettier's: a kind the layout never builds, or text that is not plain ASCII. */
const LEAVE_TO_PRETTIER = Symbol('leave to prettier');

/**
 * prettier's printDocToString, for the docs the layout builds, without its per-call costs (indentation objects
 * rebuilt for every indent, a Unicode width check for every string): the same algorithm, step for step, with
 * indentation as a number of spaces. A doc holding anything else, or text whose width is not its length, is
 * printed by prettier's own printer.
 */
export function printDoc(doc: Doc, width: number, plainAscii = false): string {
  try {
    return print(doc, width, plainAscii ? asciiWidth : textWidth);
  } catch (error) {
    if (error !== LEAVE_TO_PRETTIER) throw error;
    return printer.printDocToString(doc, { printWidth: width, tabWidth: 2, useTabs: false }).formatted;
  }
}

const NOT_PLAIN = /[^\x20-\x7f]/;

/** Whether text is plain ASCII, whose width is its length: a doc built from such a line can be printed without checking each string. */
export function isPlainAscii(text: string): boolean {
  return !NOT_PLAIN.test(text);
}

/** prettier's width of plain ASCII text; anything else is left to prettier (wide and zero-width characters). */
function textWidth(text: string): number {
  if (NOT_PLAIN.test(text)) throw LEAVE_TO_PRETTIER;
  return text.length;
}

/** The width of text from a line known to be plain ASCII. */
function asciiWidth(text: string): number {
  return text.length;
}

type Width = (text: string) => number;

function print(doc: Doc, width: number, textWidth: Width): string {
  propagateBreaks(doc);
  const groupModes = new Map<symbol, Mode>();
  const commands: Command[] = [{ indent: 0, mode: BREAK, doc }];
  let text = '';
  // Spaces and tabs at the end of `text`, counted as written: reading the end of a concatenated string would flatten
  // it at every line break (quadratic in a statement's length), and a trailing run to trim is rare.
  let trailing = 0;
  let position = 0;
  let shouldRemeasure = false;
  while (commands.length > 0) {
    const { indent, mode, doc: current } = commands.pop() as Command;
    if (typeof current === 'string') {
      text += current;
      trailing = trailingBlanks(current, trailing);
      if (commands.length > 0) position += textWidth(current);
      continue;
    }
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) commands.push({ indent, mode, doc: current[i] as Doc });
      continue;
    }
    const node = current as unknown as Node;
    switch (node.type) {
      case 'indent':
        commands.push({ indent: indent + 2, mode, doc: node.contents });
        break;
      case 'align':
        if (typeof node.n !== 'number' || node.n < 0) throw LEAVE_TO_PRETTIER;
        commands.push({ indent: indent + node.n, mode, doc: node.contents });
        break;
      case 'group': {
        const next = groupCommand(node, indent, mode, width - position, commands, groupModes, !shouldRemeasure, textWidth);
        if (mode !== FLAT || shouldRemeasure) shouldRemeasure = false;
        commands.push(next);
        if (node.id) groupModes.set(node.id, next.mode);
        break;
      }
      case 'if-break':
      case 'indent-if-break': {
        const groupMode = node.groupId ? groupModes.get(node.groupId) : mode;
        if (node.type === 'indent-if-break' && node.negate) throw LEAVE_TO_PRETTIER;
        let contents: Doc | undefined;
        if (groupMode === BREAK) contents = node.type === 'if-break' ? node.breakContents : node.contents;
        if (groupMode === FLAT) contents = node.type === 'if-break' ? node.flatContents : node.contents;
        const extra = node.type === 'indent-if-break' && groupMode === BREAK ? 2 : 0;
        if (contents) commands.push({ indent: indent + extra, mode, doc: contents });
        break;
      }
      case 'fill':
        fillCommands(node, indent, mode, width - position, commands, groupModes, textWidth);
        break;
      case 'line':
        if (mode === FLAT && !node.hard) {
          if (!node.soft) {
            text += ' ';
            trailing++;
            position += 1;
          }
          break;
        }
        if (mode === FLAT) shouldRemeasure = true;
        if (node.literal) throw LEAVE_TO_PRETTIER;
        if (trailing > 0) text = text.slice(0, text.length - trailing);
        text += '\n' + ' '.repeat(indent);
        trailing = indent;
        position = indent;
        break;
      case 'break-parent':
      // No line suffixes are ever built, so a boundary has nothing to flush.
      case 'line-suffix-boundary':
        break;
      default:
        throw LEAVE_TO_PRETTIER;
    }
  }
  return text;
}

/** prettier's printGroup: flat if it fits, else broken, or the first of a conditional group's states that fits. */
function groupCommand(group: Group, indent: number, mode: Mode, remaining: number, rest: Command[], groupModes: Map<symbol, Mode>, settled: boolean, textWidth: Width): Command {
  if (mode === FLAT && settled) return { indent, mode: group.break ? BREAK : FLAT, doc: group.contents };
  const flat: Command = { indent, mode: FLAT, doc: group.contents };
  if (!group.break && fits(flat, rest, remaining, groupModes, textWidth, false)) return flat;
  const states = group.expandedStates;
  if (!states) return { indent, mode: BREAK, doc: group.contents };
  if (!group.break) {
    for (let i = 1; i < states.length - 1; i++) {
      const state: Command = { indent, mode: FLAT, doc: states[i] as Doc };
      if (fits(state, rest, remaining, groupModes, textWidth, false)) return state;
    }
  }
  return { indent, mode: BREAK, doc: states[states.length - 1] as Doc };
}

/**
 * prettier's fill: each content flat if it fits, and each separator flat if the contents on both sides of it fit
 * on the line together. Pushes the commands for the next content and separator, and the rest of the fill after them.
 */
function fillCommands(fill: Node, indent: number, mode: Mode, remaining: number, commands: Command[], groupModes: Map<symbol, Mode>, textWidth: Width): void {
  const parts = fill.parts as Doc[];
  const offset = fill.printed ?? 0;
  const length = parts.length - offset;
  if (length === 0) return;
  const content = parts[offset] as Doc;
  const contentFlat: Command = { indent, mode: FLAT, doc: content };
  const contentBreak: Command = { indent, mode: BREAK, doc: content };
  const contentFits = fits(contentFlat, [], remaining, groupModes, textWidth, true);
  if (length === 1) {
    commands.push(contentFits ? contentFlat : contentBreak);
    return;
  }
  const whitespace = parts[offset + 1] as Doc;
  const whitespaceFlat: Command = { indent, mode: FLAT, doc: whitespace };
  const whitespaceBreak: Command = { indent, mode: BREAK, doc: whitespace };
  if (length === 2) {
    if (contentFits) commands.push(whitespaceFlat, contentFlat);
    else commands.push(whitespaceBreak, contentBreak);
    return;
  }
  const rest = { ...fill, printed: offset + 2 } as unknown as Doc;
  const pairFits = fits({ indent, mode: FLAT, doc: [content, whitespace, parts[offset + 2] as Doc] }, [], remaining, groupModes, textWidth, true);
  commands.push({ indent, mode, doc: rest });
  if (pairFits) commands.push(whitespaceFlat, contentFlat);
  else if (contentFits) commands.push(whitespaceBreak, contentFlat);
  else commands.push(whitespaceBreak, contentBreak);
}

/** prettier's fits: whether `next`, then the commands after it up to the first line break, fit in `width`. */
function fits(next: Command, rest: Command[], width: number, groupModes: Map<symbol, Mode>, textWidth: Width, mustBeFlat: boolean): boolean {
  let restIndex = rest.length;
  let pendingSpace = false;
  const modes: Mode[] = [next.mode];
  const docs: Doc[] = [next.doc];
  while (width >= 0) {
    if (docs.length === 0) {
      if (restIndex === 0) return true;
      const command = rest[--restIndex] as Command;
      modes.push(command.mode);
      docs.push(command.doc);
      continue;
    }
    const mode = modes.pop() as Mode;
    const doc = docs.pop() as Doc;
    if (typeof doc === 'string') {
      if (doc) {
        if (pendingSpace) {
          width -= 1;
          pendingSpace = false;
        }
        width -= textWidth(doc);
      }
      continue;
    }
    if (Array.isArray(doc)) {
      for (let i = doc.length - 1; i >= 0; i--) {
        modes.push(mode);
        docs.push(doc[i] as Doc);
      }
      continue;
    }
    const node = doc as unknown as Node;
    switch (node.type) {
      case 'indent':
      case 'align':
      case 'indent-if-break':
        modes.push(mode);
        docs.push(node.contents);
        break;
      case 'fill': {
        const parts = node.parts as Doc[];
        for (let i = parts.length - 1; i >= (node.printed ?? 0); i--) {
          modes.push(mode);
          docs.push(parts[i] as Doc);
        }
        break;
      }
      case 'group': {
        if (mustBeFlat && node.break) return false;
        const groupMode = node.break ? BREAK : mode;
        modes.push(groupMode);
        docs.push(node.expandedStates && groupMode === BREAK ? (node.expandedStates[node.expandedStates.length - 1] as Doc) : node.contents);
        break;
      }
      case 'if-break': {
        const groupMode = node.groupId ? (groupModes.get(node.groupId) ?? FLAT) : mode;
        const contents = groupMode === BREAK ? node.breakContents : node.flatContents;
        if (contents) {
          modes.push(mode);
          docs.push(contents);
        }
        break;
      }
      case 'line':
        if (mode === BREAK || node.hard) return true;
        if (!node.soft) pendingSpace = true;
        break;
      case 'break-parent':
      case 'line-suffix-boundary':
        break;
      default:
        throw LEAVE_TO_PRETTIER;
    }
  }
  return false;
}

/** prettier's propagateBreaks: a group holding a hard break, or a broken group, breaks (a conditional group is left alone). */
function propagateBreaks(doc: Doc): void {
  const visited = new Set<Group>();
  const groups: Group[] = [];
  const exit = {};
  const breakParent = () => {
    const parent = groups[groups.length - 1];
    if (parent && !parent.expandedStates && !parent.break) parent.break = 'propagated';
  };
  const stack: (Doc | typeof exit)[] = [doc];
  while (stack.length > 0) {
    const current = stack.pop() as Doc | typeof exit;
    if (current === exit) {
      if ((groups.pop() as Group).break) breakParent();
      continue;
    }
    if (typeof current === 'string') continue;
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push(current[i] as Doc);
      continue;
    }
    const node = current as Node;
    switch (node.type) {
      case 'group': {
        const group = node;
        groups.push(group);
        stack.push(exit);
        if (visited.has(group)) break;
        visited.add(group);
        if (group.expandedStates) for (let i = group.expandedStates.length - 1; i >= 0; i--) stack.push(group.expandedStates[i] as Doc);
        else stack.push(group.contents);
        break;
      }
      case 'break-parent':
        breakParent();
        break;
      case 'fill':
        for (let i = (node.parts as Doc[]).length - 1; i >= 0; i--) stack.push((node.parts as Doc[])[i] as Doc);
        break;
      case 'if-break':
        stack.push(node.flatContents ?? '', node.breakContents ?? '');
        break;
      case 'indent':
      case 'align':
      case 'indent-if-break':
        stack.push(node.contents);
        break;
      case 'line':
      case 'line-suffix-boundary':
        break;
      default:
        throw LEAVE_TO_PRETTIER;
    }
  }
}

/** The spaces and tabs ending the output once `written` is appended to an output ending in `before` of them. */
function trailingBlanks(written: string, before: number): number {
  let end = written.length;
  while (end > 0 && (written.charCodeAt(end - 1) === 0x20 || written.charCodeAt(end - 1) === 0x09)) end--;
  return end === 0 ? before + written.length : written.length - end;
}
