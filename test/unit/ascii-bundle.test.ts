import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeNonAscii } from '../../generator/cli/ascii-bundle.js';
import { REPO_ROOT } from '../support/shared.js';
import { ensureBuilt } from '../e2e/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'sdkgen-ascii-'));
beforeAll(() => ensureBuilt());
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const NON_ASCII = /[^\x00-\x7f]/u;

describe('escapeNonAscii', () => {
  it('escapes characters in comments, leaving the program as it was', async () => {
    const file = join(tmp, 'comments.cjs');
    writeFileSync(file, '// “quoted” → arrow\n/** (…) 😀 */\nmodule.exports = { text: "\\u2192", pick: (x) => x };\n');
    await escapeNonAscii(file);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(NON_ASCII);
    expect(text).toContain('// \\u{201c}quoted\\u{201d} \\u{2192} arrow');
    expect(text).toContain('/** (\\u{2026}) \\u{1f600} */');
    expect(text).toContain('module.exports = { text: "\\u2192", pick: (x) => x };');
  });

  it('refuses a character outside a comment, where an escape would change the program, and leaves the file alone', async () => {
    for (const [name, code] of [
      ['template', 'module.exports = String.raw`→`;\n'],
      ['regexp', 'module.exports = /→+/;\n'],
    ] as const) {
      const file = join(tmp, `${name}.cjs`);
      writeFileSync(file, `// → kept\n${code}`);
      await expect(escapeNonAscii(file), name).rejects.toThrow(/non-ASCII characters outside comments/);
      expect(readFileSync(file, 'utf8'), name).toBe(`// → kept\n${code}`);
    }
  });

  it('leaves every bundle of the build in ASCII, which Node reads as a one-byte string', () => {
    const bundles = ['dist/cli', 'dist/api'].flatMap((folder) => readdirSync(join(REPO_ROOT, folder)).map((file) => join(REPO_ROOT, folder, file)));
    expect(bundles.length).toBeGreaterThan(5);
    for (const file of bundles) expect(readFileSync(file, 'utf8'), file).not.toMatch(NON_ASCII);
  });
});
