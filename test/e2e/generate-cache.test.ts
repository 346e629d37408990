/**
 * `generate` skips a target when nothing it depends on changed since its last
 * generation (the build cache beside the output), and regenerates when an
 * input, an option, the generator or a generated file changed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_FILE } from '../../generator/write/manifest.js';
import { REPO_ROOT } from '../support/shared.js';
import { ensureBuilt, runCliAsync } from './run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'sdkgen-cache-'));
const spec = join(tmp, 'spec');
const out = join(tmp, 'sdk');
const UP_TO_DATE = /is up to date: no input, option, generator or generated file changed/;
const GENERATED = /^Generated \d+ files in /m;

beforeAll(() => {
  ensureBuilt();
  cpSync(join(REPO_ROOT, 'examples/voipbin'), spec, { recursive: true });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const generate = (...extra: string[]) => runCliAsync(['generate', '--spec', join(spec, 'openapi.yaml'), '--reasons', join(spec, 'reasons.rst'), '--out', out, ...extra], { cwd: tmp });

describe('generate with the build cache', () => {
  it('generates, then skips the unchanged target without writing anything', async () => {
    const first = await generate();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(GENERATED);
    const client = join(out, 'src/client.ts');
    const before = statSync(client).mtimeMs;
    const second = await generate();
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toMatch(UP_TO_DATE);
    expect(second.stdout).not.toMatch(GENERATED);
    expect(statSync(client).mtimeMs).toBe(before);
  }, 120_000);

  it('an up-to-date check loads no ES module, stream, node:crypto, node:v8 or node:vm: it is mostly Node starting', async () => {
    expect((await generate()).status).toBe(0);
    // Reports on exit which of these Node built-ins the run loaded (module_job: an ES module was loaded; stream:
    // process.stdout, a pipe here, was made).
    const probe = join(tmp, 'probe.cjs');
    const watched = ['internal/modules/esm/module_job', 'stream', 'crypto', 'v8', 'vm'];
    writeFileSync(probe, `process.on('exit', () => require('node:fs').writeSync(2, 'loaded: ' + ${JSON.stringify(watched)}.filter((name) => process.moduleLoadList.includes('NativeModule ' + name)).join(',') + ';'));\n`);
    const args = ['generate', '--spec', join(spec, 'openapi.yaml'), '--reasons', join(spec, 'reasons.rst'), '--out', out];
    const checked = await runCliAsync(args, { cwd: tmp, nodeArgs: ['--require', probe] });
    expect(checked.stdout).toMatch(UP_TO_DATE);
    expect(checked.stderr).toContain('loaded: ;');
    // The probe sees them when they do load: after an input changed, the check hashes that input and the run
    // generates (relieving the heap as it goes). That run is CommonJS too (dist/cli/run.cjs), with a spec that
    // needs no ES module: the probe is shown an ES module on its own.
    writeFileSync(join(spec, 'reasons.rst'), `${readFileSync(join(spec, 'reasons.rst'), 'utf8')}\n`);
    const regenerated = await runCliAsync(args, { cwd: tmp, nodeArgs: ['--require', probe] });
    expect(regenerated.stdout).toMatch(GENERATED);
    expect(regenerated.stderr).toContain(`loaded: ${watched.slice(1).join(',')};`);
    const esModule = spawnSync(process.execPath, ['--require', probe, '--input-type=module', '-e', "import 'node:path';"], { encoding: 'utf8' });
    expect(esModule.stderr).toContain(`loaded: ${watched[0]};`);
  }, 120_000);

  it('the API the build plugins use (dist/generator) finds what the bundled CLI wrote up to date: both are one generator build', async () => {
    expect((await generate()).status).toBe(0);
    const { upToDate } = (await import(join(REPO_ROOT, 'dist/generator/incremental/cli-cache.js'))) as typeof import('../../generator/incremental/cli-cache.js');
    expect(upToDate(out, { spec: join(spec, 'openapi.yaml'), reasons: [join(spec, 'reasons.rst')], cwd: tmp })).toBe(true);
  }, 120_000);

  it('regenerates after one path file of the spec changes', async () => {
    const file = join(spec, 'paths/calls/id_hangup.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/summary: .*/, 'summary: Hang up the call (edited)'));
    const run = await generate();
    expect(run.stdout).toMatch(GENERATED);
    expect(readFileSync(join(out, 'src/resources/calls.ts'), 'utf8')).toContain('Hang up the call (edited)');
    expect((await generate()).stdout).toMatch(UP_TO_DATE);
  }, 120_000);

  it('restores an edited generated file, and regenerates when an option changes or with --no-cache', async () => {
    const client = join(out, 'src/client.ts');
    const original = readFileSync(client, 'utf8');
    writeFileSync(client, original + '\n// a local edit\n');
    expect((await generate()).stdout).toMatch(GENERATED);
    expect(readFileSync(client, 'utf8')).toBe(original);
    expect((await generate('--package-name', 'other-sdk')).stdout).toMatch(GENERATED);
    expect((await generate('--package-name', 'other-sdk', '--no-cache')).stdout).toMatch(GENERATED);
  }, 180_000);
});

describe('the quick path: `generate --spec …` before yargs loads', () => {
  // From dist/, as the CLI runs it: the build cache records the generator build that wrote it.
  const load = async () => ({
    ...((await import(join(REPO_ROOT, 'dist/generator/cli/quick-generate.js'))) as typeof import('../../generator/cli/quick-generate.js')),
    ...((await import(join(REPO_ROOT, 'dist/generator/cli/main.js'))) as typeof import('../../generator/cli/main.js')),
  });
  const recorder = () => {
    const lines: string[] = [];
    return { lines, io: { cwd: tmp, out: (line: string) => lines.push(line), err: (line: string) => lines.push(line), exit: () => undefined } };
  };
  const argsFor = (folder: string) => ['generate', '--spec', join(spec, 'openapi.yaml'), '--reasons', join(spec, 'reasons.rst'), '--out', folder];

  it('answers an unchanged target, generates a stale one, and leaves every other command line to the full CLI', async () => {
    const { quickGenerate } = await load();
    expect((await generate()).status).toBe(0);
    const args = argsFor(out);
    const quiet = recorder();
    expect(await quickGenerate(args, quiet.io)).toBe(true);
    expect(quiet.lines).toEqual([expect.stringMatching(UP_TO_DATE)]);
    for (const stale of [[...args, '--seed', '2'], [...args, '--seed=2', '--no-cache', '--verbose']]) {
      const run = recorder();
      expect(await quickGenerate(stale, run.io), stale.slice(7).join(' ')).toBe(true);
      expect(run.lines.join('\n')).toMatch(GENERATED);
    }
    const untouched = recorder();
    for (const other of [
      [...args, '--watch'],
      [...args, '--config', 'x.json'],
      [...args, '--flavor', 'nope'],
      [...args, '--seed', 'x'],
      [...args, '--out', '-x'],
      [...args, '--unknown'],
      [...args, '--no-spec'],
      [...args, 'positional'],
      [...args, '--sdk'],
      ['check', '--spec', join(spec, 'openapi.yaml')],
    ]) {
      expect(await quickGenerate(other, untouched.io), other.slice(7).join(' ')).toBe(false);
    }
    expect(untouched.lines).toEqual([]);
  }, 120_000);

  it('reads a config file the way the full command does: its targets, --config and --sdk; a config that does not load is left to it', async () => {
    const { quickGenerate } = await load();
    const project = join(tmp, 'config-project');
    mkdirSync(project, { recursive: true });
    const target = (name: string) => ({ name, spec: join(spec, 'openapi.yaml'), reasons: [join(spec, 'reasons.rst')], output: name, format: false });
    writeFileSync(join(project, 'voipbin-sdkgen.config.json'), JSON.stringify({ sdks: [target('a'), target('b')] }));
    const first = recorder();
    expect(await quickGenerate(['generate'], { ...first.io, cwd: project })).toBe(true);
    expect(first.lines.filter((line) => GENERATED.test(line))).toHaveLength(2);
    const picked = recorder();
    expect(await quickGenerate(['generate', '--config', 'voipbin-sdkgen.config.json', '--sdk', 'b'], { ...picked.io, cwd: project })).toBe(true);
    expect(picked.lines).toEqual([expect.stringMatching(/^b is up to date/)]);
    writeFileSync(join(project, 'voipbin-sdkgen.config.json'), '{ "sdks": [ }');
    const broken = recorder();
    expect(await quickGenerate(['generate'], { ...broken.io, cwd: project })).toBe(false);
    expect(broken.lines).toEqual([]);
  }, 120_000);

  it('writes what the full command writes, and says the same', async () => {
    const { quickGenerate, main } = await load();
    const [quick, full] = [recorder(), recorder()];
    expect(await quickGenerate([...argsFor(join(tmp, 'quick')), '--package-name', 'same-sdk'], quick.io)).toBe(true);
    await main([...argsFor(join(tmp, 'full')), '--package-name', 'same-sdk'], full.io);
    const message = (lines: string[]) => lines.map((line) => line.replace(/ in \S+ from/, ' in … from').replace(/\(\d+ ms\)/, '(… ms)'));
    expect(message(quick.lines)).toEqual(message(full.lines));
    const files = (folder: string) => readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    const listed = files(join(tmp, 'full')).map((entry) => join(entry.parentPath, entry.name).slice(join(tmp, 'full').length));
    expect(files(join(tmp, 'quick')).length).toBe(listed.length);
    const contents = (folder: string, path: string) => withoutStamps(path, readFileSync(join(tmp, folder, path), 'utf8'));
    for (const path of listed) expect(contents('quick', path), path).toBe(contents('full', path));
  }, 120_000);
});

/** The cache, less what differs between two runs: when hashes were taken, and the written files' inodes and times. */
function withoutStamps(path: string, text: string): string {
  if (!path.endsWith(CACHE_FILE)) return text;
  const { hashedAt: _hashedAt, staged, templates, ...rest } = JSON.parse(text) as Record<string, unknown> & { staged: object; templates: { hashedAt: number } };
  return JSON.stringify({ ...rest, staged: Object.keys(staged), templates: { ...templates, hashedAt: 0 } }, null, 2);
}
