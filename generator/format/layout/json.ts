import { builders, printer } from 'prettier/doc';
import { prettierNumber } from './literals.js';
import { PRINT_WIDTH } from './width.js';

type Doc = builders.Doc;
const { fill, group, hardline, indent, line, softline } = builders;

/** A JSON value as read, with the offsets prettier's printer looks at: where each value ends, where objects start. */
type Value = Scalar | ArrayValue | ObjectValue;

/** A string, number, true, false or null, in `text` as prettier prints it: numbers in its normal form, the rest as written. */
interface Scalar {
  kind: 'number' | 'literal';
  text: string;
  end: number;
}

interface ArrayValue {
  kind: 'array';
  elements: Value[];
  /** Offsets of the commas between the elements. */
  commas: number[];
  end: number;
}

interface ObjectValue {
  kind: 'object';
  members: Member[];
  start: number;
  end: number;
}

interface Member {
  key: string;
  keyStart: number;
  value: Value;
}

// prettier's recursive printer prints 100 levels and overflows the stack before 500: deeper text is prettier's to refuse.
const MAX_DEPTH = 100;
const NUMBER = /(-?)((?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/y;

/**
 * What prettier prints for `text` with the json parser (and format-files' options), or undefined for anything but
 * strict JSON without comments. The docs are built the way prettier's estree printer builds them for JSON and printed
 * by prettier's own doc printer, so breaks and string widths are measured as prettier measures them.
 */
export function layOutJson(text: string): string | undefined {
  const value = readJson(text);
  if (!value) return undefined;
  return printer.printDocToString([valueDoc(value, text), hardline], { printWidth: PRINT_WIDTH, tabWidth: 2, useTabs: false }).formatted;
}

function valueDoc(value: Value, text: string): Doc {
  if (value.kind === 'object') return objectDoc(value, text);
  if (value.kind === 'array') return arrayDoc(value, text);
  return value.text;
}

function objectDoc({ members, start }: ObjectValue, text: string): Doc {
  if (members.length === 0) return '{}';
  const parts = members.map((member, index) => {
    const previous = members[index - 1];
    const separator = previous ? [',', line, isNextLineEmpty(text, previous.value.end) ? hardline : ''] : [];
    // A member is an assignment that never breaks after its colon.
    return [...separator, group([member.key, ': ', valueDoc(member.value, text)])];
  });
  // objectWrap "preserve": an object written with its first key below the `{` stays expanded.
  const expanded = text.slice(start, members[0]!.keyStart).includes('\n');
  return group(['{', indent([line, ...parts]), line, '}'], { shouldBreak: expanded });
}

function arrayDoc({ elements, commas }: ArrayValue, text: string): Doc {
  if (elements.length === 0) return '[]';
  const blankAfter = (index: number) => index < commas.length && isNextLineEmpty(text, commas[index]!);
  const last = elements.length - 1;
  // Numbers fill lines; other elements go one per line once the array breaks, with a blank line where the text had one.
  const content = elements.every(isNumber)
    ? fill(elements.flatMap((element, index): Doc[] => (index === last ? [element.text] : [[element.text, ','], blankAfter(index) ? [hardline, hardline] : line])))
    : elements.map((element, index) => [group(valueDoc(element, text)), index === last ? '' : [',', line, blankAfter(index) ? softline : '']]);
  return group(['[', indent([softline, content]), softline, ']'], { shouldBreak: holdsOnlyLargeContainers(elements) });
}

function isNumber(value: Value): value is Scalar {
  return value.kind === 'number';
}

/** prettier always breaks an array of two or more objects, or of two or more arrays, each holding more than one entry. */
function holdsOnlyLargeContainers(elements: Value[]): boolean {
  const size = (element: Value) => (element.kind === 'object' ? element.members.length : element.kind === 'array' ? element.elements.length : 0);
  return elements.length > 1 && elements.every((element, index) => size(element) > 1 && (elements[index + 1]?.kind ?? element.kind) === element.kind);
}

/** prettier's isNextLineEmpty for text without comments: past commas and blanks, the end of the line, then an empty line. */
function isNextLineEmpty(text: string, index: number): boolean {
  let at = index;
  while (text[at] === ',' || text[at] === ' ' || text[at] === '\t') at++;
  if (text[at] === '\n') at++;
  while (text[at] === ' ' || text[at] === '\t') at++;
  return text[at] === '\n';
}

/** Strict JSON (RFC 8259) read into values; undefined for anything else, for keys babel treats specially, and for deep nesting. */
function readJson(text: string): Value | undefined {
  let at = 0;
  const skipBlanks = () => {
    while (text[at] === ' ' || text[at] === '\n' || text[at] === '\t') at++;
  };
  const readString = (): string | undefined => {
    const end = text[at] === '"' ? stringEnd(text, at) : -1;
    if (end === -1) return undefined;
    const raw = text.slice(at, end);
    at = end;
    return raw;
  };
  /** Items separated by commas up to `close`, from just past the opening bracket to just past `close`. */
  const readList = (close: string, readItem: () => boolean): { commas: number[]; end: number } | undefined => {
    const commas: number[] = [];
    skipBlanks();
    if (text[at] === close) return { commas, end: ++at };
    for (;;) {
      if (!readItem()) return undefined;
      skipBlanks();
      if (text[at] === close) return { commas, end: ++at };
      if (text[at] !== ',') return undefined;
      commas.push(at++);
      skipBlanks();
    }
  };
  const readMember = (depth: number): Member | undefined => {
    const keyStart = at;
    const key = readString();
    // babel refuses a repeated __proto__ key: prettier decides.
    if (key === undefined || JSON.parse(key) === '__proto__') return undefined;
    skipBlanks();
    if (text[at++] !== ':') return undefined;
    skipBlanks();
    const value = readValue(depth);
    return value && { key, keyStart, value };
  };
  const readObject = (depth: number): ObjectValue | undefined => {
    const start = at++;
    const members: Member[] = [];
    const list = readList('}', () => {
      const member = readMember(depth);
      return member !== undefined && members.push(member) > 0;
    });
    return list && { kind: 'object', members, start, end: list.end };
  };
  const readArray = (depth: number): ArrayValue | undefined => {
    at++;
    const elements: Value[] = [];
    const list = readList(']', () => {
      const element = readValue(depth);
      return element !== undefined && elements.push(element) > 0;
    });
    return list && { kind: 'array', elements, commas: list.commas, end: list.end };
  };
  // From the value's first character to just past its last.
  const readValue = (depth: number): Value | undefined => {
    if (text[at] === '{') return depth < MAX_DEPTH ? readObject(depth + 1) : undefined;
    if (text[at] === '[') return depth < MAX_DEPTH ? readArray(depth + 1) : undefined;
    if (text[at] === '"') {
      const raw = readString();
      return raw === undefined ? undefined : { kind: 'literal', text: raw, end: at };
    }
    const word = ['true', 'false', 'null'].find((literal) => text.startsWith(literal, at));
    if (word) {
      at += word.length;
      return { kind: 'literal', text: word, end: at };
    }
    NUMBER.lastIndex = at;
    const number = NUMBER.exec(text);
    const printed = number ? prettierNumber(number[2] as string) : undefined;
    if (!number || printed === undefined) return undefined;
    at += number[0].length;
    return { kind: 'number', text: `${number[1]}${printed}`, end: at };
  };
  skipBlanks();
  const value = readValue(0);
  skipBlanks();
  return value && at === text.length ? value : undefined;
}

/** The offset just past the JSON string starting at `start`, or -1 when it is not a valid JSON string. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return -1;
    if (code !== 0x5c) continue;
    const escaped = text[i + 1] ?? '';
    if (escaped === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 5;
    else if (escaped !== '' && '"\\/bfnrt'.includes(escaped)) i++;
    else return -1;
  }
  return -1;
}
