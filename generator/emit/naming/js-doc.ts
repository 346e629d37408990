/**
 * Text that is safe inside a JSDoc block: line separators become newlines,
 * control characters are dropped, lone surrogates become U+FFFD, and a backslash goes before every `/` of
 * `*\/` (which would close the comment), every `*` of `/\*`, the `/` of
 * `</script` (which would close an inline script) and a word-starting `@`
 * (which would start a tag). Backslashes the text already has in those places
 * get one more, so the escaping can be undone exactly.
 */
export function docText(text: string): string {
  const plain = (UNUSUAL.test(text) ? plainText(text) : text).trim();
  return plain.replace(/\\*(?:[/*]|@(?=\w))/g, (match: string, offset: number) => {
    const before = offset > 0 ? plain.charAt(offset - 1) : '';
    return closesSomething(before, match.charAt(match.length - 1), plain.slice(offset + match.length, offset + match.length + 6)) ? `\\${match}` : match;
  });
}

/** What plainText changes: most descriptions hold none of it, and are not run through its three replacements. */
const UNUSUAL = /[\r\u2028\u2029\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF]/;

/** Line separators as newlines, no control characters, U+FFFD for a lone surrogate. */
function plainText(text: string): string {
  return text
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    // A lone surrogate cannot be written as UTF-8: say so with U+FFFD, as a UTF-8 file would.
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Whether `char`, after `before` (and maybe backslashes), would end the comment or script, or start a tag. */
function closesSomething(before: string, char: string, next6: string): boolean {
  if (char === '/') return before === '*' || (before === '<' && /^script$/i.test(next6));
  if (char === '*') return before === '/';
  return before === '' || /\s/.test(before);
}

/** Joins documentation lines and tags into one JSDoc body, or undefined when there is nothing to say. */
export function docBlock(lines: (string | undefined | false)[]): string | undefined {
  const kept = lines.filter((line): line is string => typeof line === 'string' && line.trim() !== '');
  return kept.length > 0 ? kept.join('\n') : undefined;
}

/** A JSDoc tag line with an escaped body: `@example {"a":1}`. */
export function docTag(tag: string, body?: string): string {
  return body === undefined || body === '' ? `@${tag}` : `@${tag} ${docText(body)}`;
}

/** A value as one line of JSON for `@default` or `@example`; DEL and U+2028/2029, which JSON leaves raw (and docText would drop or break), are escaped too. */
export function docJson(value: unknown): string | undefined {
  return JSON.stringify(value)?.replace(/[\u007F\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
