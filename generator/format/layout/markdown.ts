import { isPlainInline, startsPlainLine } from './markdown-inline.js';
import { isPrettierSnippet } from './snippet.js';

// Fenced code prettier prints as it is: no language of prettier's own goes by these names.
const VERBATIM_LANGUAGES = new Set(['sh', 'bash', 'shell', 'console', 'text', 'txt']);
// Fenced code prettier formats with its TypeScript or JavaScript parser.
const SNIPPET_LANGUAGES = new Set(['ts', 'typescript', 'js', 'javascript']);

type Block = 'heading' | 'paragraph' | 'list' | 'code';

/**
 * The Markdown text when prettier (parser 'markdown', format-files' options) would print it exactly as it is; else
 * undefined, and the caller asks prettier. Proves a README-like subset: ATX headings, paragraphs, `-` lists with
 * two-space continuation lines, fenced code (shell-like as it is, TypeScript when snippet.ts proves it), each block
 * separated by one blank line, inline content as markdown-inline.ts allows. Anything else is refused.
 */
export function verifyMarkdown(text: string): string | undefined {
  if (!text.endsWith('\n') || /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]| \n/.test(text)) return undefined;
  const lines = text.slice(0, -1).split('\n');
  let previous: Block | undefined;
  for (let i = 0; i < lines.length;) {
    if (previous !== undefined) {
      // One blank line between blocks, as prettier separates them.
      if (lines[i] !== '' || lines[i + 1] === '' || lines[i + 1] === undefined) return undefined;
      i++;
    }
    const block = readBlock(lines, i, previous);
    if (!block) return undefined;
    previous = block.kind;
    i = block.end;
  }
  return previous === undefined ? undefined : text;
}

/** The block starting at line `start`, if prettier prints it as written, and the line after it. */
function readBlock(lines: string[], start: number, previous: Block | undefined): { kind: Block; end: number } | undefined {
  const line = lines[start] as string;
  if (line.startsWith('```')) {
    const end = lines.indexOf('```', start + 1);
    return end !== -1 && isPrettierCode(line.slice(3), lines.slice(start + 1, end)) ? { kind: 'code', end: end + 1 } : undefined;
  }
  const heading = /^#{1,6} (.*)$/.exec(line);
  if (heading) {
    const content = heading[1] as string;
    // A heading that ends with `#` may be read as closed by it.
    return startsPlainLine(content) && isPlainInline(content) && !content.endsWith('#') ? { kind: 'heading', end: start + 1 } : undefined;
  }
  // A list right after a list would join it (prettier prints the second with `*`).
  if (line.startsWith('- ')) return previous === 'list' ? undefined : readLines(lines, start, 'list');
  return readLines(lines, start, 'paragraph');
}

/** A paragraph, or a list of `- ` items whose continuation lines are indented two spaces: lines up to a blank one. */
function readLines(lines: string[], start: number, kind: 'paragraph' | 'list'): { kind: Block; end: number } | undefined {
  let end = start;
  for (; end < lines.length && lines[end] !== ''; end++) {
    const line = lines[end] as string;
    const item = kind === 'list' && (line.startsWith('- ') || (end > start && line.startsWith('  ')));
    if (kind === 'list' && !item) return undefined;
    const content = item ? line.slice(2) : line;
    if (!startsPlainLine(content) || !isPlainInline(content)) return undefined;
  }
  return end > start ? { kind, end } : undefined;
}

/** Fenced code after its info string: prettier leaves shell-like code as it is and formats TypeScript and JavaScript. */
function isPrettierCode(language: string, code: string[]): boolean {
  // prettier's fence outgrows three backticks when the code holds a run of three; it drops blank lines at either end.
  if (code.length === 0 || code[0] === '' || code[code.length - 1] === '' || code.some((line) => line.includes('```'))) return false;
  if (VERBATIM_LANGUAGES.has(language)) return true;
  return SNIPPET_LANGUAGES.has(language) && isPrettierSnippet(code.join('\n'));
}
