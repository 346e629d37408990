import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../e2e/run-cli.js';
import { REPO_ROOT } from '../support/shared.js';

const MODULE = pathToFileURL(join(REPO_ROOT, 'dist/generator/heap/relieve-heap.js')).href;

/** Heap in use (MB) before and after relieveHeap() with ~150 MB of garbage on the heap, in a fresh process. */
function heapAround(allow: boolean): { before: number; after: number } {
  const script = `
    import { getHeapStatistics } from 'node:v8';
    const { allowHeapRelief, relieveHeap } = await import(${JSON.stringify(MODULE)});
    ${allow ? 'allowHeapRelief();' : ''}
    let keep = [];
    for (let i = 0; i < 1_500_000; i++) { keep.push({ i, text: 'x'.repeat(40) + i }); if (keep.length > 1_000_000) keep = []; }
    const before = getHeapStatistics().used_heap_size;
    relieveHeap();
    const after = getHeapStatistics().used_heap_size;
    console.log(JSON.stringify({ before: before / 2 ** 20, after: after / 2 ** 20 }));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as { before: number; after: number };
}

describe('relieveHeap', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('collects once the heap passes its floor, when the process allowed it', () => {
    const { before, after } = heapAround(true);
    expect(before).toBeGreaterThan(96);
    expect(after).toBeLessThan(before / 2);
  });

  it('does nothing in a process that did not allow it (a library caller)', () => {
    const { before, after } = heapAround(false);
    expect(before).toBeGreaterThan(96);
    expect(after).toBeGreaterThan(before * 0.9);
  });
});
