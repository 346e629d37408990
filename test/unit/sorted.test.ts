import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareStrings } from '../../generator/order/code-unit-order.js';
import { sortedUnique } from '../../generator/reasons/sorted.js';

describe('sortedUnique', () => {
  it('gives each value once, in code-unit order (astral characters and case included)', () => {
    const values = fc.array(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('a', 'B', 'é', '😀', '\uffff', '')), { maxLength: 30 });
    fc.assert(
      fc.property(values, (list) => {
        const sorted = sortedUnique(list);
        expect(new Set(sorted)).toEqual(new Set(list));
        expect(sorted).toHaveLength(new Set(list).size);
        for (let i = 1; i < sorted.length; i++) expect(compareStrings(sorted[i - 1] as string, sorted[i] as string)).toBe(-1);
      }),
      { numRuns: 1000 },
    );
  });
});
