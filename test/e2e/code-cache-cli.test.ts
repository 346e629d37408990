import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { REPO_ROOT } from '../support/shared.js';
import { ensureBuilt, runCliAsync } from './run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'sdkgen-code-cache-'));
beforeAll(() => ensureBuilt());
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const posix = process.platform !== 'win32';

function cacheFiles(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.endsWith('.bin'));
}

function generate(folder: string, out: string) {
  return runCliAsync(['generate', '--out', out], { env: { VOIPBIN_SDKGEN_CODE_CACHE: folder } });
}

function outputOf(out: string): string {
  return ['src/client.ts', 'src/models.ts', 'src/core/client-core.ts'].map((file) => readFileSync(join(out, file), 'utf8')).join('\0');
}

describe("the command line's code cache", () => {
  it('is written by a first run, used as it is by the next, and made again when V8 refuses it', async ({ expect }) => {
    const folder = join(tmp, 'cache');
    const first = await generate(folder, join(tmp, 'first'));
    expect(first.status, first.stderr).toBe(0);
    expect(cacheFiles(folder)).toHaveLength(1);
    const file = join(folder, cacheFiles(folder)[0] as string);
    if (posix) expect(statSync(folder).mode & 0o777).toBe(0o700);
    const made = { bytes: readFileSync(file), mtime: statSync(file).mtimeMs };
    expect(made.bytes.length).toBeGreaterThan(100_000);

    // A cache V8 accepts is not written again.
    const second = await generate(folder, join(tmp, 'second'));
    expect(second.status, second.stderr).toBe(0);
    expect(statSync(file).mtimeMs).toBe(made.mtime);
    expect(readFileSync(file).equals(made.bytes)).toBe(true);
    expect(outputOf(join(tmp, 'second'))).toBe(outputOf(join(tmp, 'first')));

    // One it refuses (here, not a cache at all) costs a compilation and is replaced.
    writeFileSync(file, 'not a code cache');
    const third = await generate(folder, join(tmp, 'third'));
    expect(third.status, third.stderr).toBe(0);
    expect(outputOf(join(tmp, 'third'))).toBe(outputOf(join(tmp, 'first')));
    expect(readFileSync(file).length).toBeGreaterThan(100_000);
    expect(cacheFiles(folder)).toHaveLength(1);
  });

  it('leaves the packages loaded on demand loadable: the ref resolver, for a multi-file spec it must locate an error in', async ({ expect }) => {
    // Node 20 loses the import() callback of code run from a cache; those imports go through command-line.cjs.
    const folder = join(tmp, 'resolver');
    const spec = join(REPO_ROOT, 'test/fixtures/specs/bad/multi-file-syntax/openapi.yaml');
    for (const run of ['compiled', 'from the cache']) {
      const result = await runCliAsync(['generate', '--spec', spec, '--out', join(tmp, 'resolver-out')], { env: { VOIPBIN_SDKGEN_CODE_CACHE: folder } });
      expect(result.status, run).toBe(1);
      expect(result.stderr, run).toContain('Invalid YAML in');
      expect(cacheFiles(folder), run).toHaveLength(1);
    }
  });

  it.runIf(posix)('is neither read from nor written to a folder that others can write', async ({ expect }) => {
    const folder = join(tmp, 'shared');
    mkdirSync(folder);
    chmodSync(folder, 0o777);
    const run = await generate(folder, join(tmp, 'shared-out'));
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(folder)).toEqual([]);
  });

  it.runIf(posix)("is in the temp folder by default, and nowhere with VOIPBIN_SDKGEN_CODE_CACHE=off", async ({ expect }) => {
    const temp = join(tmp, 'temp');
    mkdirSync(temp);
    const off = await runCliAsync(['generate', '--out', join(tmp, 'off-out')], { env: { TMPDIR: temp, VOIPBIN_SDKGEN_CODE_CACHE: 'off' } });
    expect(off.status, off.stderr).toBe(0);
    expect(readdirSync(temp)).toEqual([]);
    const on = await runCliAsync(['generate', '--out', join(tmp, 'on-out')], { env: { TMPDIR: temp, VOIPBIN_SDKGEN_CODE_CACHE: '' } });
    expect(on.status, on.stderr).toBe(0);
    const folder = `voipbin-sdkgen-code-cache-${process.getuid?.()}`;
    expect(readdirSync(temp)).toEqual([folder]);
    expect(cacheFiles(join(temp, folder))).toHaveLength(1);
  });

  it('covers the layout\'s doc printer: a generation compiles no CommonJS package of its own, nor worker threads it does not start', async ({ expect }) => {
    // Records, at exit, every file under node_modules that require() loaded (prettier/doc was one, compiled by each
    // run) and whether Node's worker threads were loaded (the format pool's, which a small spec never starts).
    const probe = join(tmp, 'loaded.cjs');
    writeFileSync(
      probe,
      "process.on('exit', () => process.stderr.write('LOADED ' + JSON.stringify(Object.keys(require.cache).filter((file) => file.includes('node_modules'))) + ' WORKERS ' + process.moduleLoadList.includes('NativeModule worker_threads') + '\\n'));\n",
    );
    const run = await runCliAsync(['generate', '--out', join(tmp, 'probe-out')], { nodeArgs: ['-r', probe], env: { VOIPBIN_SDKGEN_CODE_CACHE: join(tmp, 'probe-cache') } });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('LOADED [] WORKERS false');
  });
});

describe("the command line's start", () => {
  it('measures text widths only to print help: string-width builds an Intl.Segmenter when it loads', async ({ expect }) => {
    const probe = join(tmp, 'segmenters.cjs');
    writeFileSync(
      probe,
      "const Segmenter = Intl.Segmenter; let made = 0;\n" +
        "Intl.Segmenter = class extends Segmenter { constructor(...args) { super(...args); made++; } };\n" +
        "process.on('exit', () => process.stderr.write('SEGMENTERS ' + made + '\\n'));\n",
    );
    const options = { nodeArgs: ['-r', probe], env: { VOIPBIN_SDKGEN_CODE_CACHE: join(tmp, 'segmenters-cache') } };
    const version = await runCliAsync(['--version'], options);
    expect(version.status, version.stderr).toBe(0);
    expect(version.stderr).toContain('SEGMENTERS 0');
    const help = await runCliAsync(['check', '--help'], options);
    expect(help.status, help.stderr).toBe(0);
    expect(help.stderr).not.toContain('SEGMENTERS 0');
    // Help is laid out in columns all the same: each option's description starts in one column.
    const columns = help.stdout.split('\n').filter((line) => /^  --\S/.test(line)).map((line) => /^  --\S+\s+/.exec(line)![0].length);
    expect(columns.length).toBeGreaterThan(2);
    expect(new Set(columns).size, help.stdout).toBe(1);
  });
});
