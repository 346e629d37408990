import { describe, expect, it } from 'vitest';
import { scan, stringEnd, templateEnd } from '../../generator/format/layout/scan.js';

/** Each token as `kind text`. */
function tokens(text: string): string[] | undefined {
  return scan(text)?.map((token) => `${token.kind} ${token.text}`);
}

describe('scan: tokens of generated code', () => {
  it('reads words by the Unicode rule: ID_Continue, $, #, ZWJ/ZWNJ, and any astral character', () => {
    expect(tokens('const café = a·b_1 + x\u200dy;')).toEqual(['word const', 'word café', 'punct =', 'word a·b_1', 'punct +', 'word x\u200dy', 'punct ;']);
    expect(tokens('𝑥 😀y #p $')).toEqual(['word 𝑥', 'word 😀y', 'word #p', 'word $']);
    // A lone surrogate counts as a word character too; other non-word characters are punctuation on their own.
    expect(tokens('a\ud83d b\u00a0€')).toEqual(['word a\ud83d', 'word b', 'punct \u00a0', 'punct €']);
  });

  it('reads numbers, exponent signs included', () => {
    expect(tokens('1e-5 0x1F .5 1.5E+10 10n 1_000 a.b')).toEqual(['number 1e-5', 'number 0x1F', 'number .5', 'number 1.5E+10', 'number 10n', 'number 1_000', 'word a', 'punct .', 'word b']);
  });

  it('reads the longest punctuation first', () => {
    expect(tokens('a?.b ?? c === d !== e == f != g <= h >= i && j || k => ...l ?')).toEqual(
      ['word a', 'punct ?.', 'word b', 'punct ??', 'word c', 'punct ===', 'word d', 'punct !==', 'word e', 'punct ==', 'word f', 'punct !=', 'word g', 'punct <=', 'word h', 'punct >=', 'word i', 'punct &&', 'word j', 'punct ||', 'word k', 'punct =>', 'punct ...', 'word l', 'punct ?'],
    );
  });

  it('reads strings and comments whole, quotes inside comments included', () => {
    expect(tokens(`'it\\'s' "say \\"hi\\"" // it's "x" {\nb /* it's } */ c`)).toEqual([`string 'it\\'s'`, 'string "say \\"hi\\""', `comment // it's "x" {`, 'word b', "comment /* it's } */", 'word c']);
  });

  it('resumes a template literal after each substitution, nested ones and braces inside included', () => {
    expect(tokens('`a${`b${c}`}d` + `${ {a: 1} }` + `\\${x} $`')).toEqual([
      'template `a${',
      'template `b${',
      'word c',
      'template }`',
      'template }d`',
      'punct +',
      'template `${',
      'punct {',
      'word a',
      'punct :',
      'number 1',
      'punct }',
      'template }`',
      'punct +',
      'template `\\${x} $`',
    ]);
  });

  it('keeps each token\'s offset', () => {
    expect(scan('  a\n\t"b" `c${d}`')?.map((token) => token.start)).toEqual([2, 5, 9, 13, 14]);
  });

  it('says undefined for what it does not understand', () => {
    for (const text of [`'open`, `'a\nb'`, '"a\\', '`open', '`a${b', '/x/', '/* open', 'a / b']) expect(scan(text), text).toBeUndefined();
  });
});

describe('stringEnd and templateEnd', () => {
  it('find the end of a literal, escapes skipped', () => {
    expect(stringEnd(`'a\\'b' c`, 0, "'")).toBe(6);
    expect(stringEnd(`"a\\\nb" c`, 0, '"')).toBe(6);
    expect(stringEnd(`'a\nb'`, 0, "'")).toBe(-1);
    expect(templateEnd('`a\\`b` c', 1)).toBe(6);
    expect(templateEnd('`a$b${c}`', 1)).toBe(6);
    expect(templateEnd('`a', 1)).toBe(-1);
  });
});
