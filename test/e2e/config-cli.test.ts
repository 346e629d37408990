import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { REPO_ROOT } from '../support/shared.js';
import { ensureBuilt, runCliAsync, STACK_TRACE } from './run-cli.js';

const SPEC = join(REPO_ROOT, 'test/fixtures/config-project/openapi.yaml');
const tmp = mkdtempSync(join(tmpdir(), 'sdkgen-config-cli-'));
beforeAll(() => ensureBuilt());
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function folder(name: string, config?: unknown): string {
  const dir = join(tmp, name);
  mkdirSync(join(dir, 'deep/er'), { recursive: true });
  if (config !== undefined) writeFileSync(join(dir, 'voipbin-sdkgen.config.json'), JSON.stringify(config, null, 2));
  return dir;
}

describe('voipbin-sdkgen with a config file', () => {
  it.concurrent('generate, run below the config, builds every target; --sdk picks one and flags override it', async ({ expect }) => {
    const dir = folder('two', { sdks: [{ name: 'a', spec: SPEC, output: 'out/a', format: false }, { name: 'b', spec: SPEC, output: 'out/b', flavor: 'service-agent', format: false }] });
    const run = await runCliAsync(['generate'], { cwd: join(dir, 'deep/er') });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.match(/^Generated \d+ files in (\S+) /gm)).toEqual([expect.stringContaining('../../out/a'), expect.stringContaining('../../out/b')]);
    expect(existsSync(join(dir, 'out/a/src/resources/calls.ts'))).toBe(true);
    expect(existsSync(join(dir, 'out/b/src/resources/calls.ts'))).toBe(false);

    const one = await runCliAsync(['generate', '--sdk', 'b', '--flavor', 'lite', '--package-name', 'picked'], { cwd: dir });
    expect(one.status, one.stderr).toBe(0);
    expect(one.stdout.match(/^Generated/gm)).toHaveLength(1);
    expect(existsSync(join(dir, 'out/b/src/operations/calls.ts'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'out/b/package.json'), 'utf8')).name).toBe('picked');
  });

  it.concurrent('check reads the same config: every target current after generate; --sdk and --flavor pick and override like generate', async ({ expect }) => {
    const dir = folder('check', { sdks: [{ name: 'a', spec: SPEC, output: 'out/a', format: false }, { name: 'b', spec: SPEC, output: 'out/b', flavor: 'service-agent', format: false }] });
    expect((await runCliAsync(['generate'], { cwd: dir })).status).toBe(0);
    const current = await runCliAsync(['check'], { cwd: join(dir, 'deep/er') });
    expect(current.status, current.stdout + current.stderr).toBe(0);
    expect(current.stdout.match(/^\S+ is current: /gm)).toEqual(['../../out/a is current: ', '../../out/b is current: ']);

    const overridden = await runCliAsync(['check', '--sdk', 'b', '--flavor', 'lite'], { cwd: dir });
    expect(overridden.status).toBe(1);
    expect(overridden.stdout).toContain('out/b is stale');
    expect(overridden.stdout).toContain('  added:   src/operations/service-agents.ts');
    expect(overridden.stdout).not.toContain('out/a');
  });

  it.concurrent('a bad key or value exits 1 naming the file and the key, without a stack trace; so do --out with two targets and an unknown --sdk', async ({ expect }) => {
    const dir = folder('bad', { sdks: [{ spec: SPEC, output: 'x', flavour: 'lite' }, { spec: SPEC, output: 'y', filters: { include: { methods: ['fetch'] } } }] });
    const file = join(dir, 'voipbin-sdkgen.config.json');
    const run = await runCliAsync(['generate'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`error config: ${file}:`);
    expect(run.stderr).toContain('sdks[0].flavour: unknown key; known keys:');
    expect(run.stderr).toContain('sdks[1].filters.include.methods[0]: expected one of get, put');
    expect(run.stderr).not.toMatch(STACK_TRACE);

    const good = folder('good', { sdks: [{ name: 'a', spec: SPEC, output: 'a' }, { name: 'b', spec: SPEC, output: 'b' }] });
    const out = await runCliAsync(['generate', '--out', 'somewhere'], { cwd: good });
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/--out names one folder but 2 targets are selected; pick one with --sdk/);
    const sdk = await runCliAsync(['generate', '--sdk', 'c'], { cwd: good });
    expect(sdk.stderr).toMatch(/--sdk c: no such target; targets are: a, b/);
  });

  it.concurrent('init writes a commented starter config once; --spec without --config ignores the config', async ({ expect }) => {
    const dir = folder('init');
    const first = await runCliAsync(['init'], { cwd: dir });
    expect(first.status, first.stderr).toBe(0);
    const written = readFileSync(join(dir, 'voipbin-sdkgen.config.ts'), 'utf8');
    expect(written).toContain("import { defineConfig } from 'voipbin-sdkgen/config';");
    expect(written).toMatch(/\/\/ full \(default\) \| lite/);
    const again = await runCliAsync(['init'], { cwd: dir });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/exists already; edit it, or pass --force to replace it/);

    // The starter's spec (./openapi.json) does not exist: with --spec the config is not read at all.
    const direct = await runCliAsync(['generate', '--spec', SPEC, '--out', 'direct', '--no-format'], { cwd: dir });
    expect(direct.status, direct.stderr).toBe(0);
    expect(existsSync(join(dir, 'direct/src/client.ts'))).toBe(true);
  });
});
