import { createRequire } from 'node:module';
import fc from 'fast-check';
import type { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { isIdentifier } from '../../generator/emit/naming/identifiers.js';
import { isTsIdentifierChar } from '../../generator/emit/ts/index.js';

const scanner = (createRequire(createRequire(import.meta.url).resolve('ts-morph'))('@ts-morph/common') as { ts: typeof ts }).ts;

/** An identifier by the runtime's Unicode tables and by TypeScript's own scanner, asked of every character. */
function identifierByBoth(name: string): boolean {
  const chars = [...name];
  return (
    /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u.test(name) &&
    chars.every((char, index) => (index === 0 ? scanner.isIdentifierStart : scanner.isIdentifierPart)(char.codePointAt(0) as number, scanner.ScriptTarget.ES2022))
  );
}

// Names from ASCII pieces, with now and then a character TypeScript or Unicode may refuse.
const names = fc
  .array(fc.oneof(fc.constantFrom('a', 'Z', '_', '$', '0', '9', '-', ' ', '.', 'é', '\u200c', 'ⅸ', '𝒳', '\u2e2f', '#'), fc.string({ maxLength: 3 })), { maxLength: 6 })
  .map((parts) => parts.join(''));

describe('isIdentifier', () => {
  it('agrees with Unicode and TypeScript on every character, ASCII fast path included', () => {
    fc.assert(
      fc.property(names, (name) => {
        expect(isIdentifier(name)).toBe(identifierByBoth(name));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers ASCII characters as TypeScript does', () => {
    for (let code = 0; code < 0x80; code++) {
      expect(isTsIdentifierChar(code, 'start'), `start ${code}`).toBe(scanner.isIdentifierStart(code, scanner.ScriptTarget.ES2022));
      expect(isTsIdentifierChar(code, 'part'), `part ${code}`).toBe(scanner.isIdentifierPart(code, scanner.ScriptTarget.ES2022));
    }
  });
});
