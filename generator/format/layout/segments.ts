import { stringEnd, templateEnd } from './scan.js';

// A run of characters that change nothing here: no line break, bracket, quote or slash.
const PLAIN = /[^\n/'"`{}()[\]]*/y;

/**
 * The offsets where `text` can be cut into runs of whole top-level statements: just after each blank line that
 * is outside every bracket, string, template literal and comment. The layout lays each run out on its own, so the
 * tokens and lines of a large file (the GitHub spec's fixtures: 3 MB) never exist all at once. Undefined for text
 * this cannot follow (an unclosed string or comment), which is then laid out whole.
 */
export function segmentStarts(text: string): number[] | undefined {
  const starts: number[] = [];
  let depth = 0;
  // Brace depth at which each open template literal's `${` started.
  const templates: number[] = [];
  let i = 0;
  while (i < text.length) {
    PLAIN.lastIndex = i;
    PLAIN.test(text);
    i = PLAIN.lastIndex;
    if (i === text.length) break;
    const char = text.charCodeAt(i);
    if (char === 0x0a) {
      if (depth === 0 && templates.length === 0 && i + 1 < text.length && text.charCodeAt(i + 1) === 0x0a) {
        let next = i + 1;
        while (next < text.length && text.charCodeAt(next) === 0x0a) next++;
        if (next < text.length) starts.push(next);
        i = next;
        continue;
      }
    } else if (char === 0x2f && text.charCodeAt(i + 1) === 0x2f) {
      const end = text.indexOf('\n', i);
      if (end === -1) break;
      i = end;
      continue;
    } else if (char === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) return undefined;
      i = end + 2;
      continue;
    } else if (char === 0x27 || char === 0x22) {
      const end = stringEnd(text, i, text[i] as string);
      if (end === -1) return undefined;
      i = end;
      continue;
    } else if (char === 0x60 || (char === 0x7d && templates.length > 0 && templates[templates.length - 1] === depth)) {
      if (char === 0x7d) templates.pop();
      const end = templateEnd(text, i + 1);
      if (end === -1) return undefined;
      if (text.charCodeAt(end - 1) === 0x7b) templates.push(depth);
      i = end;
      continue;
    } else if (char === 0x7b || char === 0x28 || char === 0x5b) depth++;
    else if (char === 0x7d || char === 0x29 || char === 0x5d) depth--;
    i++;
  }
  return starts;
}
