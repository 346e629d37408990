/** One token of generated TypeScript: enough of the grammar to lay code out, not to parse it. */
export interface Token {
  kind: 'word' | 'number' | 'string' | 'template' | 'comment' | 'punct';
  text: string;
  /** Offset of the token's first character in the scanned text. */
  start: number;
}

// The scanner steps over a token at a time with sticky expressions (the regular expression engine is native, fast
// even before the JIT warms up) instead of a character at a time. None has the `u` flag: each matches UTF-16 units.
// A run of ASCII word characters and surrogates (any astral character counts as a word); other non-ASCII is tested one by one.
const WORD_RUN = /[\w$#\ud800-\udfff]*/y;
const NUMBER = /(?:[eE][+-]|[\w.])*/y;
const SINGLE_QUOTED = /'[^'\\\n]*(?:\\[\s\S][^'\\\n]*)*'/y;
const DOUBLE_QUOTED = /"[^"\\\n]*(?:\\[\s\S][^"\\\n]*)*"/y;
// A template literal's text up to and including its closing backtick or the `${` of a substitution.
const TEMPLATE_CHUNK = /[^`\\$]*(?:(?:\\[\s\S]|\$(?!\{))[^`\\$]*)*(?:`|\$\{)/y;
const LONG_PUNCTUATION = /\.\.\.|=>|\?\.|\?\?|===|!==|==|!=|<=|>=|&&|\|\|/y;
/** The first characters of LONG_PUNCTUATION: any other character is punctuation on its own. */
const PUNCTUATION_STARTS = '.=?!<>&|';

const WORD = /[\p{ID_Continue}$#\u200c\u200d]/u;

/** Whether the character at `index` can be part of a word: ASCII by table, anything else by Unicode property. */
function isWordChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36 || code === 35;
  return (code >= 0xd800 && code <= 0xdfff) || WORD.test(text[index] as string);
}

/** Where the run of `pattern` (which may match nothing) starting at `start` ends. */
function runEnd(pattern: RegExp, text: string, start: number): number {
  pattern.lastIndex = start;
  pattern.test(text);
  return pattern.lastIndex;
}

/** Just past the match of `pattern` at `start`; -1 when it does not match there. */
function matchEnd(pattern: RegExp, text: string, start: number): number {
  pattern.lastIndex = start;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

function wordEnd(text: string, start: number): number {
  let end = runEnd(WORD_RUN, text, start);
  while (end < text.length && text.charCodeAt(end) >= 0x80 && isWordChar(text, end)) end = runEnd(WORD_RUN, text, end + 1);
  return end;
}

/**
 * Splits generated code into tokens, skipping white space. Regular expression literals are not recognised: the
 * emitters never print one, and text that holds one is reported as not understood (undefined).
 */
export function scan(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  // Brace depth at which each open template literal's `${` started; a `}` at that depth resumes the template.
  const templates: number[] = [];
  let braces = 0;
  let i = spaceEnd(text, 0);
  while (i < text.length) {
    const start = i;
    const code = text.charCodeAt(i);
    let kind: Token['kind'];
    if (code === 0x2f) {
      const next = text.charCodeAt(i + 1);
      if (next === 0x2f) {
        const end = text.indexOf('\n', i);
        i = end === -1 ? text.length : end;
      } else if (next === 0x2a) {
        const end = text.indexOf('*/', i + 2);
        if (end === -1) return undefined;
        i = end + 2;
      } else return undefined;
      kind = 'comment';
    } else if (code === 0x27 || code === 0x22) {
      i = matchEnd(code === 0x27 ? SINGLE_QUOTED : DOUBLE_QUOTED, text, i);
      if (i === -1) return undefined;
      kind = 'string';
    } else if (code === 0x60 || (code === 0x7d && templates.length > 0 && templates[templates.length - 1] === braces)) {
      if (code === 0x7d) templates.pop();
      i = matchEnd(TEMPLATE_CHUNK, text, i + 1);
      if (i === -1) return undefined;
      if (text.charCodeAt(i - 1) === 0x7b) templates.push(braces);
      kind = 'template';
    } else if (isDigitCode(code) || (code === 0x2e && isDigitCode(text.charCodeAt(i + 1)))) {
      i = runEnd(NUMBER, text, i);
      kind = 'number';
    } else if (isWordChar(text, i)) {
      i = wordEnd(text, i);
      kind = 'word';
    } else {
      const long = PUNCTUATION_STARTS.includes(text[i] as string) ? matchEnd(LONG_PUNCTUATION, text, i) : -1;
      i = long === -1 ? i + 1 : long;
      if (code === 0x7b) braces++;
      if (code === 0x7d) braces--;
      kind = 'punct';
    }
    tokens.push({ kind, text: text.slice(start, i), start });
    i = spaceEnd(text, i);
  }
  return templates.length === 0 ? tokens : undefined;
}

function spaceEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 10 && code !== 9 && code !== 13) break;
    i++;
  }
  return i;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Just past the closing quote of the string literal starting at `start`; -1 when it does not close on its line. */
export function stringEnd(text: string, start: number, quote: string): number {
  return matchEnd(quote === "'" ? SINGLE_QUOTED : DOUBLE_QUOTED, text, start);
}

/** The offset just past the template chunk starting at `start`: after the closing backtick or after `${`. */
export function templateEnd(text: string, start: number): number {
  return matchEnd(TEMPLATE_CHUNK, text, start);
}

/** Opening and closing brackets, as punctuation tokens spell them. */
export const OPENING_BRACKETS: ReadonlySet<string> = new Set(['{', '[', '(']);
export const CLOSING_BRACKETS: ReadonlySet<string> = new Set(['}', ']', ')']);

/** Whether the token is punctuation spelled as one of `texts`. */
export function isPunctIn(token: Token | undefined, texts: ReadonlySet<string>): boolean {
  return token !== undefined && token.kind === 'punct' && texts.has(token.text);
}
