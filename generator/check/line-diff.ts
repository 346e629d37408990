/** One line of a line diff: kept, removed from the old text, or added in the new one. */
export interface DiffLine {
  op: ' ' | '-' | '+';
  text: string;
}

/** Above this many cells the middle of two texts is shown as replaced wholesale instead of aligned. */
const MAX_TABLE_CELLS = 4_000_000;

/**
 * The lines of `before` and `after` aligned by a longest common subsequence.
 * Common head and tail are trimmed first, so a small edit in a large
 * generated file costs only the size of the edit.
 */
export function lineDiff(before: string[], after: string[]): DiffLine[] {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const keep = (lines: string[]): DiffLine[] => lines.map((text) => ({ op: ' ', text }));
  return [
    ...keep(before.slice(0, head)),
    ...alignMiddle(before.slice(head, before.length - tail), after.slice(head, after.length - tail)),
    ...keep(before.slice(before.length - tail)),
  ];
}

function alignMiddle(a: string[], b: string[]): DiffLine[] {
  if ((a.length + 1) * (b.length + 1) > MAX_TABLE_CELLS) {
    return [...a.map((text) => ({ op: '-' as const, text })), ...b.map((text) => ({ op: '+' as const, text }))];
  }
  // lengths[i][j]: LCS length of a[i..] and b[j..], in one flat array.
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] = a[i] === b[j] ? (lengths[(i + 1) * width + j + 1] as number) + 1 : Math.max(lengths[(i + 1) * width + j] as number, lengths[i * width + j + 1] as number);
    }
  }
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      lines.push({ op: ' ', text: a[i++] as string });
      j++;
    } else if ((lengths[(i + 1) * width + j] as number) >= (lengths[i * width + j + 1] as number)) lines.push({ op: '-', text: a[i++] as string });
    else lines.push({ op: '+', text: b[j++] as string });
  }
  while (i < a.length) lines.push({ op: '-', text: a[i++] as string });
  while (j < b.length) lines.push({ op: '+', text: b[j++] as string });
  return lines;
}
