// Single-quoted with no quote or backslash inside: as prettier writes it already.
const PRETTIER_STRING = /^'[^'"\\]*'$/;
// Double-quoted with no quote or backslash inside (JSON.stringify's form of most strings): prettier swaps the quotes.
const PLAIN_DOUBLE_QUOTED = /^"[^'"\\]*"$/;

/**
 * String and number literals as prettier prints them (singleQuote): the quote that needs fewer escapes, single on a
 * tie; quotes escaped only where they must be; numbers lower-cased without redundant zeros, signs or dots.
 */
export function prettierString(raw: string): string {
  if (PRETTIER_STRING.test(raw)) return raw;
  if (PLAIN_DOUBLE_QUOTED.test(raw)) return `'${raw.slice(1, -1)}'`;
  const content = raw.slice(1, -1);
  let singles = 0;
  let doubles = 0;
  for (let i = 0; i < content.length; i++) {
    const char = content[i];
    if (char === '\\') {
      const next = content[i + 1];
      if (next === "'") singles++;
      else if (next === '"') doubles++;
      i++;
    } else if (char === "'") singles++;
    else if (char === '"') doubles++;
  }
  const quote = singles > doubles ? '"' : "'";
  const other = quote === '"' ? "'" : '"';
  // Same rule as prettier's makeString: unescape the other quote, escape the chosen one, keep every other escape.
  const body = content.replace(/\\(.)|(["'])/gs, (match, escaped: string | undefined, bare: string | undefined) => {
    if (escaped === other) return escaped;
    if (bare === quote) return `\\${bare}`;
    if (bare !== undefined) return bare;
    return escaped === quote ? `\\${quote}` : match;
  });
  return `${quote}${body}${quote}`;
}

/** A decimal number literal as prettier prints it, or undefined for other forms (hex, octal, bigint, separators). */
export function prettierNumber(raw: string): string | undefined {
  if (/^\d+$/.test(raw)) return raw;
  if (!/^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(raw)) return undefined;
  return raw
    .toLowerCase()
    .replace(/^([\d.]+e)(?:\+|(-))?0*(\d)/, '$1$2$3')
    .replace(/^([\d.]+)e[+-]?0+$/, '$1')
    .replace(/^\./, '0.')
    .replace(/(\.\d+?)0+(?=e|$)/, '$1')
    .replace(/\.(?=e|$)/, '');
}
