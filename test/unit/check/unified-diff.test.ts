import { describe, expect, it } from 'vitest';
import type { OutputComparison } from '../../../generator/check/compare-output.js';
import { formatComparison } from '../../../generator/check/format-comparison.js';
import { lineDiff } from '../../../generator/check/line-diff.js';
import { unifiedDiff } from '../../../generator/check/unified-diff.js';

const numbered = (count: number, from = 1) => Array.from({ length: count }, (_, i) => `line ${i + from}`);

describe('lineDiff', () => {
  it('aligns by a longest common subsequence: kept lines stay, the rest are removed or added', () => {
    const lines = lineDiff(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e']);
    expect(lines.map((line) => `${line.op}${line.text}`)).toEqual([' a', '-b', '+x', ' c', ' d', '+e']);
  });

  it('replays to both texts', () => {
    const before = ['k', 'a', 'b', 'k', 'c', 'a', 'k'];
    const after = ['a', 'k', 'b', 'c', 'k', 'k', 'z'];
    const lines = lineDiff(before, after);
    expect(lines.filter((line) => line.op !== '+').map((line) => line.text)).toEqual(before);
    expect(lines.filter((line) => line.op !== '-').map((line) => line.text)).toEqual(after);
  });
});

describe('unifiedDiff', () => {
  it('prints hunks with three lines of context and correct line numbers', () => {
    const before = numbered(20).join('\n') + '\n';
    const after = numbered(20).map((line) => (line === 'line 10' ? 'line ten' : line)).join('\n') + '\n';
    expect(unifiedDiff('src/a.ts', before, after)).toEqual([
      '--- a/src/a.ts',
      '+++ b/src/a.ts',
      '@@ -7,7 +7,7 @@',
      ' line 7',
      ' line 8',
      ' line 9',
      '-line 10',
      '+line ten',
      ' line 11',
      ' line 12',
      ' line 13',
    ]);
  });

  it('keeps distant changes in separate hunks and near ones in one', () => {
    const before = numbered(40);
    const far = [...before];
    far[2] = 'x';
    far[30] = 'y';
    expect(unifiedDiff('f', before.join('\n'), far.join('\n')).filter((line) => line.startsWith('@@'))).toEqual(['@@ -1,6 +1,6 @@', '@@ -28,7 +28,7 @@']);
    const near = [...before];
    near[10] = 'x';
    near[15] = 'y';
    expect(unifiedDiff('f', before.join('\n'), near.join('\n')).filter((line) => line.startsWith('@@'))).toEqual(['@@ -8,12 +8,12 @@']);
  });
});

describe('formatComparison', () => {
  it('lists every file, and cuts the diff at maxLines with a count of what was left out', () => {
    const comparison: OutputComparison = {
      added: ['src/new.ts'],
      removed: ['src/gone.ts'],
      changed: [{ path: 'src/big.ts', onDisk: numbered(100).join('\n'), generated: numbered(100, 1000).join('\n') }],
      unchanged: 3,
      missingManifest: false,
    };
    const lines = formatComparison(comparison, { maxLines: 20 });
    expect(lines.slice(0, 4)).toEqual(['1 changed, 1 added, 1 removed generated file(s); 3 unchanged.', '  changed: src/big.ts', '  added:   src/new.ts', '  removed: src/gone.ts']);
    expect(lines.filter((line) => /^[-+ @]/.test(line) && !line.startsWith('  ')).length).toBe(20);
    expect(lines.at(-1)).toBe(`… ${2 + 1 + 200 - 20} more diff line(s) not shown.`);
  });
});
