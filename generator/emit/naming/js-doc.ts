/**
 * Text that is safe inside a JSDoc block: no `*\/` can close the comment,
 * control characters are dropped, line separators become newlines.
 */
export function docText(text: string): string {
  return text
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\*\//g, '*\\/')
    .replace(/\/\*/g, '/\\*')
    .replace(/(^|\s)@(?=\w)/g, '$1\\@')
    .trim();
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
