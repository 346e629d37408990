import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docText } from '../../generator/emit/naming/js-doc.js';

// Text made of the pieces docText must treat, and ordinary text around them.
const risky = fc
  .array(fc.oneof(fc.string(), fc.constantFrom('*/', '/*', '@param', ' @', '</script', '\\*/', '\r\n', '\r', '\u2028', '\u0001', '\u007f', '\ud800', '\udc00', '😀', '  ', '\t')), { maxLength: 8 })
  .map((parts) => parts.join(''));

describe('docText', () => {
  it('gives the same text whether or not it takes the path for text without control characters', () => {
    fc.assert(
      fc.property(risky, (text) => {
        // A control character is dropped, but sends the text through the slow path.
        expect(docText(`${text}\u0001`)).toBe(docText(text));
        expect(docText(`\u0002${text}`)).toBe(docText(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves nothing that closes the comment or an inline script, no control character and no lone surrogate', () => {
    fc.assert(
      fc.property(risky, (text) => {
        const doc = docText(text);
        expect(doc).not.toMatch(/\*\/|<\/script/i);
        expect(doc).not.toMatch(/[\r\u2028\u2029\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
        expect(doc).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }),
      { numRuns: 2000 },
    );
  });
});
