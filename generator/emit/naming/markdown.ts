/** Spec text on one line, for Markdown: whitespace runs (newlines included) become one space, control characters go. */
function oneLine(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, '')
    .replace(/[\s\u2028\u2029]+/g, ' ')
    .trim();
}

/** Spec text inside a Markdown paragraph: one line, with the characters Markdown or HTML would read as markup escaped. */
export function markdownText(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]<>&|~]/g, '\\$&');
}

/** Spec text as a Markdown code span: a fence longer than any run of backticks inside, padded where the text starts or ends with one. */
export function markdownCode(text: string): string {
  const line = oneLine(text);
  const longest = Math.max(0, ...[...line.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}
