import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insertionOrderDigest, namesAddedAfter } from '../../generator/emit/client/added-names.js';

const digestOf = (names: Iterable<string>) => createHash('sha256').update([...names].map((name) => `${name} `).join('')).digest('hex');

describe('insertionOrderDigest', () => {
  it('is the hash of the names in insertion order, asked again as the set grows', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { maxLength: 6 }), { maxLength: 8 }), (batches) => {
        const names = new Set<string>();
        for (const batch of batches) {
          for (const name of batch) names.add(name);
          expect(insertionOrderDigest(names)).toBe(digestOf(names));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('tells the order apart, and starts again when a name is removed', () => {
    expect(insertionOrderDigest(new Set(['A', 'B']))).not.toBe(insertionOrderDigest(new Set(['B', 'A'])));
    const names = new Set(['A', 'B', 'C']);
    insertionOrderDigest(names);
    names.delete('C');
    names.add('D');
    expect(insertionOrderDigest(names)).toBe(digestOf(['A', 'B', 'D']));
    names.delete('A');
    expect(insertionOrderDigest(names)).toBe(digestOf(['B', 'D']));
  });
});

describe('namesAddedAfter', () => {
  it('lists what was added after the first `before` names, in order', () => {
    const names = new Set(['A', 'B']);
    const before = names.size;
    names.add('C');
    names.add('A');
    names.add('D');
    expect(namesAddedAfter(names, before)).toEqual(['C', 'D']);
  });
});
