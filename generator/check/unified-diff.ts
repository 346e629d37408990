import { lineDiff, type DiffLine } from './line-diff.js';

/**
 * A unified diff (`--- a/x`, `+++ b/x`, `@@ -l,n +l,n @@` hunks with three
 * lines of context) of one file, as lines. `before` is what is on disk,
 * `after` what the generator makes now.
 */
export function unifiedDiff(path: string, before: string, after: string, context = 3): string[] {
  const lines = lineDiff(splitLines(before), splitLines(after));
  const out = [`--- a/${path}`, `+++ b/${path}`];
  for (const hunk of hunks(lines, context)) out.push(...hunk);
  return out;
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  else lines[lines.length - 1] += ' (no newline at end of file)';
  return lines;
}

/** Groups changed lines, with `context` lines around them, into hunks with their headers. */
function hunks(lines: DiffLine[], context: number): string[][] {
  const changed = lines.flatMap((line, index) => (line.op === ' ' ? [] : [index]));
  // Line numbers in the old and new text where each diff line starts.
  const oldAt: number[] = [];
  const newAt: number[] = [];
  let oldLine = 1;
  let newLine = 1;
  for (const line of lines) {
    oldAt.push(oldLine);
    newAt.push(newLine);
    if (line.op !== '+') oldLine++;
    if (line.op !== '-') newLine++;
  }
  const result: string[][] = [];
  let k = 0;
  while (k < changed.length) {
    const start = Math.max(0, (changed[k] as number) - context);
    let end = Math.min(lines.length, (changed[k] as number) + context + 1);
    while (k + 1 < changed.length && (changed[k + 1] as number) - context <= end) {
      k++;
      end = Math.min(lines.length, (changed[k] as number) + context + 1);
    }
    k++;
    const slice = lines.slice(start, end);
    const oldCount = slice.filter((line) => line.op !== '+').length;
    const newCount = slice.filter((line) => line.op !== '-').length;
    result.push([`@@ -${oldAt[start]},${oldCount} +${newAt[start]},${newCount} @@`, ...slice.map((line) => `${line.op}${line.text}`)]);
  }
  return result;
}
