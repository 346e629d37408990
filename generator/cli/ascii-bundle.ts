import { readFileSync, writeFileSync } from 'node:fs';
import { transform } from 'esbuild';

const NON_ASCII = /[^\x00-\x7f]/gu;

/**
 * Rewrites a bundle esbuild wrote in ASCII. esbuild escapes non-ASCII characters in strings and names, but not in
 * the comments it keeps (“quotes”, arrows), and one such character makes Node read the whole file as a two-byte
 * string: decoded the slow way, held at twice the size, and hashed for the code cache's key (run.cjs, 1 MB: 25 M
 * instructions a run). Escaped as `\u{…}`, which changes nothing in a comment; the minified programs (comments
 * dropped) are compared to prove every escape landed in one.
 */
export async function escapeNonAscii(file: string): Promise<void> {
  const text = readFileSync(file, 'utf8');
  const ascii = text.replace(NON_ASCII, (char) => `\\u{${(char.codePointAt(0) as number).toString(16)}}`);
  if (ascii === text) return;
  const options = { minify: true, charset: 'ascii', legalComments: 'none' } as const;
  const [before, after] = await Promise.all([transform(text, options), transform(ascii, options)]);
  if (before.code !== after.code) throw new Error(`${file} has non-ASCII characters outside comments; escaping them would change the program.`);
  writeFileSync(file, ascii);
}
