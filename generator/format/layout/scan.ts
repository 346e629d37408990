/** One token of generated TypeScript: enough of the grammar to lay code out, not to parse it. */
export interface Token {
  kind: 'word' | 'number' | 'string' | 'template' | 'comment' | 'punct';
  text: string;
  /** Offset of the token's first character in the scanned text. */
  start: number;
}

const WORD = /[\p{ID_Continue}$#\u200c\u200d]/u;

/** Whether the character at `index` can be part of a word: ASCII by table, anything else by Unicode property. */
function isWordChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36 || code === 35;
  return (code >= 0xd800 && code <= 0xdfff) || WORD.test(text[index] as string);
}
const PUNCTUATION = ['...', '=>', '?.', '??', '===', '!==', '==', '!=', '<=', '>=', '&&', '||'];
/** The first characters of PUNCTUATION: any other character is punctuation on its own. */
const PUNCTUATION_STARTS = '.=?!<>&|';

/**
 * Splits generated code into tokens, skipping white space. Regular expression literals are not recognised: the
 * emitters never print one, and text that holds one is reported as not understood (undefined).
 */
export function scan(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  // Brace depth at which each open template literal's `${` started; a `}` at that depth resumes the template.
  const templates: number[] = [];
  let braces = 0;
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (char === ' ' || char === '\n' || char === '\t' || char === '\r') {
      i++;
      continue;
    }
    const start = i;
    if (char === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
      tokens.push({ kind: 'comment', text: text.slice(start, i), start });
    } else if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) return undefined;
      i = end + 2;
      tokens.push({ kind: 'comment', text: text.slice(start, i), start });
    } else if (char === '/') {
      return undefined;
    } else if (char === "'" || char === '"') {
      i = stringEnd(text, i, char);
      if (i === -1) return undefined;
      tokens.push({ kind: 'string', text: text.slice(start, i), start });
    } else if (char === '`' || (char === '}' && templates.length > 0 && templates[templates.length - 1] === braces)) {
      if (char === '}') templates.pop();
      const end = templateEnd(text, i + 1);
      if (end === -1) return undefined;
      i = end;
      if (text.slice(end - 2, end) === '${') templates.push(braces);
      tokens.push({ kind: 'template', text: text.slice(start, i), start });
    } else if (isDigit(text, i) || (char === '.' && isDigit(text, i + 1))) {
      while (i < text.length && /[0-9a-zA-Z_.]/.test(text[i] as string)) {
        if ((text[i] === 'e' || text[i] === 'E') && (text[i + 1] === '+' || text[i + 1] === '-')) i++;
        i++;
      }
      tokens.push({ kind: 'number', text: text.slice(start, i), start });
    } else if (isWordChar(text, i)) {
      while (i < text.length && isWordChar(text, i)) i++;
      tokens.push({ kind: 'word', text: text.slice(start, i), start });
    } else {
      const long = PUNCTUATION_STARTS.includes(char) ? PUNCTUATION.find((p) => text.startsWith(p, i)) : undefined;
      i += long ? long.length : 1;
      if (char === '{') braces++;
      if (char === '}') braces--;
      tokens.push({ kind: 'punct', text: text.slice(start, i), start });
    }
  }
  return templates.length === 0 ? tokens : undefined;
}

function isDigit(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 48 && code <= 57;
}

/** Just past the closing quote of the string literal starting at `start`; -1 when it does not close on its line. */
export function stringEnd(text: string, start: number, quote: string): number {
  for (let i = start + 1; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === quote) return i + 1;
    else if (char === '\n') return -1;
  }
  return -1;
}

/** The offset just past the template chunk starting at `start`: after the closing backtick or after `${`. */
export function templateEnd(text: string, start: number): number {
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === '`') return i + 1;
    else if (char === '$' && text[i + 1] === '{') return i + 2;
  }
  return -1;
}
