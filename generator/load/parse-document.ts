import { CORE_SCHEMA, load } from 'js-yaml';
import type { Diagnostic } from '../diagnostics/types.js';
import { yaml } from './yaml-on-demand.js';

export type ParseResult = { ok: true; value: unknown } | { ok: false; diagnostic: Diagnostic };

/** The text's first character that is not white space (as trimStart sees it), without a trimmed copy of a spec that may be megabytes. */
export function firstVisibleChar(text: string): string | undefined {
  return /\S/.exec(text)?.[0];
}

/**
 * Parses JSON or YAML text. JSON takes the fast path; anything else goes
 * through the YAML parser, whose errors carry a line and column.
 */
export function parseSpecText(text: string, file: string): ParseResult {
  const first = firstVisibleChar(text);
  if (first === undefined) {
    return fatal(file, 'spec-empty', `The spec ${file} is empty. Point --spec at an OpenAPI 3.x document.`);
  }
  if (first === '{' || first === '[') {
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch (error) {
      // A .json file must be JSON: YAML would accept trailing commas, `tru` or 'quotes' and read wrong values.
      if (/\.json$/i.test(file)) return jsonSyntaxError(text, file, error as Error);
      // Anything else may be YAML written in flow style: fall through.
    }
  }
  const quick = quickYaml(text);
  if (quick !== undefined) return { ok: true, value: quick };
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const error = document.errors[0];
  if (error) {
    const pos = lineCounter.linePos(error.pos[0]);
    const kind = file.toLowerCase().endsWith('.json') ? 'JSON' : 'YAML';
    const firstLine = error.message.split('\n')[0] ?? error.message;
    return {
      ok: false,
      diagnostic: {
        code: 'spec-syntax',
        severity: 'fatal',
        message: `Invalid ${kind} in ${file} at line ${pos.line}, column ${pos.col}: ${firstLine}. Fix the syntax there.`,
        file,
        line: pos.line,
      },
    };
  }
  return { ok: true, value: document.toJS({ maxAliasCount: 10_000 }) };
}

/** Tags (`!t`, also as false alarms in prose), merge keys and directives: YAML the two parsers may read differently. */
const NEEDS_FULL_PARSER = /(^|[\s:,[{-])![^\s]|^\s*<<\s*:|^%/m;

/**
 * Plain YAML read by js-yaml's YAML 1.2 core schema, about six times faster than `yaml` (VoIPBIN's 266-file
 * source: 0.18 s vs 1.09 s, the same values). Undefined when the text needs `yaml`: tags, merge keys or
 * directives; aliases (a node reached twice), which `yaml` reads with its alias limit; or text js-yaml cannot
 * read, whose error `yaml` then reports with its line.
 */
function quickYaml(text: string): unknown {
  if (NEEDS_FULL_PARSER.test(text)) return undefined;
  let value: unknown;
  try {
    // `json`: a repeated key keeps its last value, as `yaml` does with uniqueKeys off.
    value = load(text, { schema: CORE_SCHEMA, json: true });
  } catch {
    return undefined;
  }
  try {
    return value === undefined || reachedTwice(value, new Set()) ? undefined : value;
  } catch {
    // Nesting too deep to walk: `yaml` decides.
    return undefined;
  }
}

/** Whether some object or array is reached twice: an alias, which js-yaml shares instead of copying. */
function reachedTwice(value: unknown, seen: Set<object>): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (seen.has(value)) return true;
  seen.add(value);
  for (const item of Array.isArray(value) ? value : Object.values(value)) if (reachedTwice(item, seen)) return true;
  return false;
}

function jsonSyntaxError(text: string, file: string, error: Error): ParseResult {
  const offset = jsonErrorOffset(text);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const col = offset - before.lastIndexOf('\n');
  // V8 says why with a position ("Expected ',' or '}' after property value in JSON at position 13"), or only quotes an excerpt.
  const reason = / in JSON at position \d+/.exec(error.message);
  const found = text[offset];
  const why = reason
    ? error.message.slice(0, reason.index)
    : found === undefined
      ? 'the file ends before the JSON does'
      : `unexpected character ${JSON.stringify(found)}`;
  return {
    ok: false,
    diagnostic: {
      code: 'spec-syntax',
      severity: 'fatal',
      message: `Invalid JSON in ${file} at line ${line}, column ${col}: ${why}. Fix the syntax there.`,
      file,
      line,
    },
  };
}

/** Offset of the first JSON syntax error in `text` (only called once JSON.parse has failed). */
function jsonErrorOffset(text: string): number {
  let index = 0;
  const fail = (): never => {
    throw index;
  };
  const space = () => {
    while (index < text.length && ' \t\n\r'.includes(text[index] as string)) index++;
  };
  const expect = (word: string) => {
    for (const char of word) {
      if (text[index] !== char) fail();
      index++;
    }
  };
  const string = () => {
    index++;
    for (;;) {
      const char = text[index];
      if (char === undefined || char.charCodeAt(0) < 32) fail();
      index++;
      if (char === '"') return;
      if (char === '\\') {
        if (text[index] === 'u') {
          index++;
          for (let digit = 0; digit < 4; digit++, index++) if (!/[0-9a-fA-F]/.test(text[index] ?? '')) fail();
        } else if ('"\\/bfnrt'.includes(text[index] ?? 'x')) index++;
        else fail();
      }
    }
  };
  const value = (): void => {
    space();
    const char = text[index];
    if (char === '{' || char === '[') {
      const close = char === '{' ? '}' : ']';
      index++;
      space();
      if (text[index] === close) return void index++;
      for (;;) {
        if (close === '}') {
          space();
          if (text[index] !== '"') fail();
          string();
          space();
          expect(':');
        }
        value();
        space();
        if (text[index] === close) return void index++;
        expect(',');
      }
    }
    if (char === '"') return string();
    if (char === 't' || char === 'f' || char === 'n') return expect(char === 't' ? 'true' : char === 'f' ? 'false' : 'null');
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(index, index + 512));
    if (!number || number[0] === '') fail();
    index += (number as RegExpExecArray)[0].length;
  };
  try {
    value();
    space();
    if (index < text.length) fail();
  } catch (offset) {
    if (typeof offset === 'number') return Math.min(offset, text.length);
    throw offset;
  }
  return text.length;
}

function fatal(file: string, code: string, message: string): ParseResult {
  return { ok: false, diagnostic: { code, severity: 'fatal', message, file } };
}
