import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { REPO_ROOT } from '../support/shared.js';
import { ensureBuilt, runCliAsync, STACK_TRACE } from './run-cli.js';

const MANIFEST = '.voipbin-sdkgen-manifest.json';
const CACHE = '.voipbin-sdkgen-cache.json';
const PARSED = '.voipbin-sdkgen-parsed.json';
const LEAVES = '.voipbin-sdkgen-leaves.json';
const SCOPES = '.voipbin-sdkgen-scopes.json';
const EXAMPLE_SPEC = join(REPO_ROOT, 'examples/voipbin/openapi.yaml');
const SUMMARY = /^Generated (\d+) files in (\S+) from (\S+): (\d+) operations, (\d+) resources, (\d+) models, (\d+) paginated, (\d+) error reasons \(\d+ ms\)\./m;

/**
 * Makes every fs write in the CLI process throw, so that if the refusal of
 * `/` ever broke, the run fails with exit 2 instead of touching the disk.
 */
const NO_WRITES = `import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
for (const name of ['writeFileSync', 'mkdirSync', 'renameSync', 'cpSync', 'rmSync', 'copyFileSync', 'unlinkSync']) {
  fs[name] = (...args) => { throw new Error('test guard: ' + name + '(' + String(args[0]) + ') blocked'); };
}
syncBuiltinESMExports();`;

const tmp = mkdtempSync(join(tmpdir(), 'sdkgen-generate-'));
beforeAll(() => ensureBuilt());
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

function filesIn(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

function readManifest(dir: string): { generator: string; specHash: string; files: Record<string, string> } {
  return JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as ReturnType<typeof readManifest>;
}

describe('voipbin-sdkgen generate', () => {
  it.concurrent('--version prints the generator version from its package.json', async ({ expect }) => {
    const run = await runCliAsync(['--version']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe((JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  });

  it.concurrent('writes the SDK of the embedded example with a manifest, and regenerates keeping user files', async ({ expect }) => {
    const out = join(tmp, 'sdk');
    const first = await runCliAsync(['generate', '--out', out, '--no-format']);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).not.toMatch(STACK_TRACE);

    const summary = SUMMARY.exec(first.stdout);
    expect(summary, first.stdout).not.toBeNull();
    const [, written, where, spec, operations] = summary!;
    expect(where).toBe(out);
    expect(spec).toBe(EXAMPLE_SPEC);
    expect(Number(operations)).toBeGreaterThan(0);

    expect(existsSync(join(out, 'src/models.ts'))).toBe(true);
    const manifest = readManifest(out);
    expect(manifest.generator).toBe('voipbin-sdkgen');
    expect(manifest.specHash).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(manifest.files)).toContain('src/models.ts');
    // The manifest lists exactly what was written, with each file's hash; the build cache (and the parsed YAML spec, its leaf files and the reasons' scopes) sit beside it.
    expect(filesIn(out)).toEqual([CACHE, LEAVES, MANIFEST, PARSED, SCOPES, ...Object.keys(manifest.files)].sort());
    expect(Number(written)).toBe(Object.keys(manifest.files).length + 5);
    for (const [path, hash] of Object.entries(manifest.files)) expect(sha256(readFileSync(join(out, path))), path).toBe(hash);

    // The user adds a file of their own; an earlier generation left src/stale.ts.
    writeFileSync(join(out, 'my-notes.txt'), 'mine\n');
    writeFileSync(join(out, 'src/stale.ts'), 'export const stale = 1;\n');
    const doctored = { ...manifest, files: { ...manifest.files, 'src/stale.ts': sha256('export const stale = 1;\n') } };
    writeFileSync(join(out, MANIFEST), JSON.stringify(doctored, null, 2));

    // --no-cache: the doctored manifest still matches the files on disk, so the cache would call this SDK current.
    const second = await runCliAsync(['generate', '--out', out, '--no-format', '--no-cache']);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toMatch(SUMMARY);
    expect(second.stdout).toContain('Removed 1 stale file(s).');
    expect(second.stdout).toContain('Kept 1 file(s) of your own.');
    expect(readFileSync(join(out, 'my-notes.txt'), 'utf8')).toBe('mine\n');
    expect(existsSync(join(out, 'src/stale.ts'))).toBe(false);
    expect(readManifest(out).files).toEqual(manifest.files);
    expect(filesIn(out)).toEqual([CACHE, LEAVES, MANIFEST, PARSED, SCOPES, 'my-notes.txt', ...Object.keys(manifest.files)].sort());
    // No staging or backup folders left next to the output.
    expect(readdirSync(tmp).filter((name) => name.startsWith('.sdk.'))).toEqual([]);
  });

  it.concurrent('refuses a non-empty folder without a manifest unless --force', async ({ expect }) => {
    const out = join(tmp, 'existing');
    mkdirSync(join(out, 'docs'), { recursive: true });
    writeFileSync(join(out, 'docs/plan.md'), '# plan\n');

    const refused = await runCliAsync(['generate', '--out', out, '--no-format']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`error output-refused: ${out} is not empty and was not generated by voipbin-sdkgen`);
    expect(refused.stderr).toContain('--force');
    expect(refused.stderr).not.toMatch(STACK_TRACE);
    expect(refused.stdout).not.toMatch(SUMMARY);
    expect(filesIn(out)).toEqual(['docs/plan.md']);

    const forced = await runCliAsync(['generate', '--out', out, '--no-format', '--force']);
    expect(forced.status, forced.stderr).toBe(0);
    expect(forced.stdout).toContain('Kept 1 file(s) of your own.');
    expect(readFileSync(join(out, 'docs/plan.md'), 'utf8')).toBe('# plan\n');
    expect(existsSync(join(out, 'src/models.ts'))).toBe(true);
    expect(existsSync(join(out, MANIFEST))).toBe(true);
  });

  it.concurrent('refuses to generate into /', async ({ expect }) => {
    const run = await runCliAsync(['generate', '--out', '/', '--no-format'], {
      nodeArgs: ['--import', 'data:text/javascript,' + encodeURIComponent(NO_WRITES)],
    });
    expect(run.stderr).not.toContain('test guard');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('error output-refused: refusing to generate into the filesystem root /');
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stdout).not.toMatch(SUMMARY);
  });
});
