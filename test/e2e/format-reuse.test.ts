import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/index.js';

describe('generate() with the previous run’s formatted output', () => {
  it('gives the same files as a run from scratch', async () => {
    const first = await generate();
    if (!first.ok) throw new Error('generation failed');
    expect(first.formatted.size).toBeGreaterThan(0);
    const again = await generate({}, { previous: first.formatted });
    if (!again.ok) throw new Error('generation failed');
    expect(again.files).toEqual(first.files);
    // Every file was taken whole from the first run: nothing new was formatted.
    expect([...again.formatKeys]).toEqual([...first.formatKeys]);
    expect([...again.formatted.keys()].filter((key) => !first.formatted.has(key))).toEqual([]);
    expect(again.formatted.size).toBe(new Set(first.formatKeys.values()).size);
  });
});
