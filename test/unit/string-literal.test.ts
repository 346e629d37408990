import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringLiteral } from '../../generator/emit/naming/literals.js';

// Strings made of pieces that need escaping, and text around them.
const tricky = fc
  .array(fc.oneof(fc.string(), fc.constantFrom('\u2028', '\u2029', '</script', '</SCRIPT>', '</Script', '"', '\\', '\n', '`', '${', '*/')), { maxLength: 8 })
  .map((parts) => parts.join(''));

describe('stringLiteral', () => {
  it('reads back as the string, with no line or paragraph separator and no `</script` in its text', () => {
    fc.assert(
      fc.property(tricky, (value) => {
        const literal = stringLiteral(value);
        expect(JSON.parse(literal.replace(/<\\\//g, '</'))).toBe(value);
        expect(new Function(`return ${literal};`)()).toBe(value);
        expect(literal).not.toMatch(/[\u2028\u2029]|<\/script/i);
      }),
      { numRuns: 2000 },
    );
  });

  it('is JSON.stringify for a string that needs nothing more', () => {
    expect(stringLiteral('plain "text"\n')).toBe(JSON.stringify('plain "text"\n'));
    expect(stringLiteral('a\u2028b</script>')).toBe('"a\\u2028b<\\/script>"');
  });
});
