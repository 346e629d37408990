/** RST inline literal: ``text``. */
const INLINE_LITERAL = /``([\s\S]+?)``(?!`)/g;

/** The texts of every ``inline literal`` in an RST fragment, in order. */
export function inlineLiterals(rst: string): string[] {
  return [...rst.matchAll(INLINE_LITERAL)].map((match) => (match[1] ?? '').replace(/\s+/g, ' ').trim());
}

/**
 * RST inline markup rendered as Markdown, whitespace collapsed: ``x`` → `x`,
 * `:role:`text <target>`` → text, `` `label <url>`_ `` → label, `**b**` kept.
 */
export function rstInlineToMarkdown(rst: string): string {
  return rst
    .replace(INLINE_LITERAL, (_, text: string) => `\`${text}\``)
    .replace(/:[\w:+-]+:`([^`<]*?)\s*(?:<[^`>]*>)?`/g, '$1')
    .replace(/(?<!`)`([^`<]+?)\s*(?:<[^`>]*>)?`__?(?!\w)/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The bold "Fix:" marker authors use to separate cause from fix: `**Fix:**`, `**Fix**:`. */
const FIX_MARKER = /\*\*Fix:?\*\*:?/i;

/** Splits a "Cause → Fix" cell on its `**Fix:**` marker; `fix` is undefined when there is none. */
export function splitOnFixMarker(rst: string): { cause: string; fix?: string } {
  const marker = FIX_MARKER.exec(rst);
  if (!marker) return { cause: rst };
  return { cause: rst.slice(0, marker.index), fix: rst.slice(marker.index + marker[0].length) };
}

const ABBREVIATIONS = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|cf|approx)\.$/i;

/**
 * Sentences of an RST fragment, markup kept. A sentence ends at `.`, `!` or
 * `?` followed by whitespace and a capital, a literal or bold text — never
 * inside a literal and never after `e.g.`/`i.e.`/`etc.`.
 */
export function splitSentences(rst: string): string[] {
  const literals: string[] = [];
  const masked = rst.replace(INLINE_LITERAL, (literal) => `\u0000${literals.push(literal) - 1}\u0000`);
  const sentences: string[] = [];
  let start = 0;
  for (const end of masked.matchAll(/[.!?]["')]?\s+(?=[A-Z\u0000*"(])/g)) {
    const stop = end.index + end[0].trimEnd().length;
    if (ABBREVIATIONS.test(masked.slice(start, stop))) continue;
    sentences.push(masked.slice(start, stop));
    start = end.index + end[0].length;
  }
  sentences.push(masked.slice(start));
  return sentences
    .map((sentence) => sentence.replace(/\u0000(\d+)\u0000/g, (_, i: string) => literals[Number(i)] ?? '').trim())
    .filter((sentence) => sentence.length > 0);
}
