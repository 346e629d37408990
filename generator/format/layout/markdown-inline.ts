/**
 * The inline Markdown prettier prints as written (proseWrap 'preserve'): it prints text from the source, escapes
 * included, but rebuilds emphasis, code spans, links and images from the parsed tree, collapses runs of spaces and
 * joins a line onto the one before when it starts like a list item, a heading or a quote.
 */

// Letters, digits, and the punctuation no inline construct starts with (`&` only starts a character reference,
// which prettier prints as written); `!` is refused before `[`, where it starts an image.
const PLAIN = /[A-Za-z0-9.,;:'"?()/+=%@^&#>!-]/;
// Beyond ASCII: Latin, Greek and Cyrillic letters, general punctuation, arrows and mathematical operators. Not CJK,
// which prettier splits into words of its own, nor combining marks, spaces or invisible characters.
const PLAIN_UNICODE = /[\u00A1-\u00AC\u00AE-\u024F\u0370-\u03FF\u0400-\u04FF\u2010-\u2027\u2030-\u205E\u2190-\u21FF\u2200-\u22FF]/;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const ALPHANUMERIC = /[A-Za-z0-9]/;
// `[text](url)`: plain words for the text, a URL prettier prints as it is (no space, parenthesis, `<`, `&` or `\`).
const LINK = /\[([A-Za-z0-9](?:[A-Za-z0-9.,-]| (?=[A-Za-z0-9]))*)\]\(([A-Za-z0-9._~:/?#@!$+,;=%-]+)\)/y;

/**
 * Whether a line opens no block of its own and is not joined onto the line before: no list marker, heading, quote,
 * thematic break, setext underline, fence, table, HTML, math or template block, task box or leading space.
 */
export function startsPlainLine(line: string): boolean {
  return !/^(?:[ #>+*=_~<|{$-]|```|\d+[.)]|\[[ xX]\])/.test(line);
}

/**
 * Whether prettier prints this line's inline content as written: plain text with single spaces, `\`-escaped
 * punctuation, code spans in single backticks (no space at either end), `[text](url)` links, and `_` only inside a
 * word. Bare URLs are refused too (prettier would keep them, but they are links to micromark).
 */
export function isPlainInline(line: string): boolean {
  if (line === '' || line.endsWith(' ')) return false;
  for (let i = 0; i < line.length;) {
    const next = inlineEnd(line, i);
    if (next === undefined) return false;
    i = next;
  }
  return true;
}

/** The offset past the inline piece starting at `i`, or undefined when the piece is one prettier may rewrite. */
function inlineEnd(line: string, i: number): number | undefined {
  const char = line[i] as string;
  switch (char) {
    case '`': {
      const end = line.indexOf('`', i + 1);
      const code = line.slice(i + 1, end);
      if (end === -1 || line[end + 1] === '`' || !isCodeSpanText(code)) return undefined;
      return end + 1;
    }
    case '\\':
      return ASCII_PUNCTUATION.test(line[i + 1] ?? '') ? i + 2 : undefined;
    case '[': {
      LINK.lastIndex = i;
      const link = LINK.exec(line);
      if (!link || /www\./i.test(link[1] as string)) return undefined;
      return i + link[0].length;
    }
    case '_':
      return ALPHANUMERIC.test(line[i - 1] ?? '') && ALPHANUMERIC.test(line[i + 1] ?? '') ? i + 1 : undefined;
    case ' ':
      return i > 0 && line[i + 1] !== ' ' ? i + 1 : undefined;
    case '!':
      return line[i + 1] === '[' ? undefined : i + 1;
    case ':':
      return line.startsWith('//', i + 1) ? undefined : i + 1;
    default:
      if (/^www\./i.test(line.slice(i, i + 4)) && !ALPHANUMERIC.test(line[i - 1] ?? '')) return undefined;
      return PLAIN.test(char) || PLAIN_UNICODE.test(char) ? i + 1 : undefined;
  }
}

/** A code span's text prettier keeps: no backtick, not padded with spaces (which CommonMark strips), nothing invisible. */
function isCodeSpanText(code: string): boolean {
  return code !== '' && !code.startsWith(' ') && !code.endsWith(' ') && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(code);
}
