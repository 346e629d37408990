import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalHash } from '../../generator/load/canonical-hash.js';
import { canonicalJson } from '../../generator/load/canonical-json.js';
import { describeWithShared, REAL_SPEC } from '../support/shared.js';

const viaText = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex');

describe('canonicalHash: sha256 of canonicalJson without building it', () => {
  it('equals the hash of canonicalJson for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalHash(value)).toBe(viaText(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('orders keys as canonicalJson does (array-index keys first, by value) and leaves out what it leaves out', () => {
    const value = JSON.parse('{"b":1,"10":2,"2":3,"a":{"404":"x","200":"y","01":"z"},"__proto__":{"p":1},"u":[1,null,"é\\u2028"]}') as unknown;
    expect(canonicalHash(value)).toBe(viaText(value));
    expect(canonicalHash({ a: undefined, b: [undefined], c: 1 })).toBe(viaText({ a: undefined, b: [undefined], c: 1 }));
    expect(canonicalHash({ when: new Date(0) })).toBe(viaText({ when: new Date(0) }));
  });
});

describeWithShared('canonicalHash on the real VoIPBIN spec', () => {
  it('equals the hash of its canonical text', () => {
    const spec = JSON.parse(readFileSync(REAL_SPEC, 'utf8')) as unknown;
    expect(canonicalHash(spec)).toBe(viaText(spec));
  });
});
