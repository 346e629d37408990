import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { prettierNumber, prettierString } from '../../generator/format/layout/literals.js';

/** What prettier prints for the literal `raw` in `x = raw;`. */
async function printed(raw: string): Promise<string> {
  const out = await format(`x = ${raw};\n`, { parser: 'babel-ts', singleQuote: true });
  return out.slice('x = '.length, -';\n'.length);
}

describe('literals as prettier prints them', () => {
  it.each([`"plain"`, `""`, `"a/b é <x>"`, `'plain'`, `"it's"`, `'it\\'s'`, `"say \\"hi\\""`, `"mixed ' and \\" and '"`, `"a\\\\b"`, `"\\u2028 \\/ \\n"`, `''`, `"'"`])(
    'string %s',
    async (raw) => {
      expect(prettierString(raw)).toBe(await printed(raw));
    },
  );

  it.each(['0', '10', '1.50', '1.0', '1e+21', '1E5', '2.5e-7', '.5', '5.', '0.000001', '1e-7'])('number %s', async (raw) => {
    expect(prettierNumber(raw)).toBe(await printed(raw));
  });

  it('leaves forms it does not know to prettier', () => {
    expect(prettierNumber('0x1F')).toBeUndefined();
    expect(prettierNumber('1_000')).toBeUndefined();
    expect(prettierNumber('10n')).toBeUndefined();
  });
});
