import { createRequire } from 'node:module';
import type { ts } from 'ts-morph';

/**
 * Whether TypeScript's scanner takes this code point as the start (or a later
 * part) of an identifier. Its Unicode tables lag the runtime's (Node knows
 * letters TypeScript does not), so identifiers are checked against both.
 * ASCII is answered here; TypeScript (the one ts-morph bundles, which the
 * generated code is checked with) loads only for other characters, so
 * ASCII-only specs never pay for it.
 */
export function isTsIdentifierChar(codePoint: number, position: 'start' | 'part'): boolean {
  if (codePoint <= 0x7f) return isAsciiIdentifierChar(codePoint, position);
  const scanner = typescript();
  return position === 'start' ? scanner.isIdentifierStart(codePoint, scanner.ScriptTarget.ES2022) : scanner.isIdentifierPart(codePoint, scanner.ScriptTarget.ES2022);
}

function isAsciiIdentifierChar(codePoint: number, position: 'start' | 'part'): boolean {
  const letter = (codePoint >= 65 && codePoint <= 90) || (codePoint >= 97 && codePoint <= 122) || codePoint === 36 || codePoint === 95;
  return letter || (position === 'part' && codePoint >= 48 && codePoint <= 57);
}

/** ts-morph's TypeScript, resolved from ts-morph (Node's module cache keeps it after the first call). */
function typescript(): typeof ts {
  const fromTsMorph = createRequire(createRequire(import.meta.url).resolve('ts-morph'));
  return (fromTsMorph('@ts-morph/common') as { ts: typeof ts }).ts;
}
