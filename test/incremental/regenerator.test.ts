import { existsSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { resolveConfig } from '../../generator/config/config.js';
import { generate } from '../../generator/generate.js';
import { cacheWriter } from '../../generator/incremental/cache-writer.js';
import { checkFreshness } from '../../generator/incremental/check-freshness.js';
import { Regenerator, type RegenerationOutcome } from '../../generator/incremental/index.js';
import { writeOutput } from '../../generator/write/write-output.js';
import { writeTinySpec } from './tiny-spec.js';

const CACHE = '.voipbin-sdkgen-cache.json';
const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

function project() {
  const spec = writeTinySpec();
  folders.push(spec.dir);
  const config = { spec: 'api/openapi.yaml', reasons: ['api/reasons.json'], format: false, cwd: spec.dir };
  return { ...spec, config, regenerator: (overrides = {}) => new Regenerator({ config: { ...config, ...overrides }, out: 'sdk' }) };
}

function edit(file: string, change: (text: string) => string): void {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

function reasonOf(outcome: RegenerationOutcome): string | undefined {
  return outcome.status === 'up-to-date' ? undefined : outcome.reason;
}

describe('Regenerator (change detection shared by the build plugin and generate --watch)', () => {
  it('generates once, then does no generation work until an input file changes, whichever file of the multi-file spec it is', async () => {
    const { dir, root, pathFile, schemaFile, reasons, regenerator } = project();
    const sdk = regenerator();
    const first = await sdk.ensureFresh();
    expect(first.status).toBe('generated');
    expect(reasonOf(first)).toContain('no build cache');
    expect(sdk.watchFiles()).toEqual([root, pathFile, schemaFile, reasons]);
    const cache = JSON.parse(readFileSync(join(dir, 'sdk', CACHE), 'utf8')) as { inputs: Record<string, string> };
    expect(Object.keys(cache.inputs).sort()).toEqual(['../api/openapi.yaml', '../api/paths/calls-id.yaml', '../api/reasons.json', '../api/schemas/call.yaml']);

    expect((await sdk.ensureFresh()).status).toBe('up-to-date');
    // Saving a file without changing it is not a change.
    edit(pathFile, (text) => text);
    expect((await sdk.ensureFresh()).status).toBe('up-to-date');
    expect(sdk.stats).toMatchObject({ checks: 3, generations: 1, upToDate: 2 });

    for (const [file, marker] of [
      [schemaFile, 'description: A call.\n'],
      [pathFile, '# edited\n'],
      [reasons, '\n'],
    ] as const) {
      edit(file, (text) => text + marker);
      const outcome = await sdk.ensureFresh();
      expect(outcome.status, file).toBe('generated');
      expect(reasonOf(outcome)).toContain(`${file.slice(dir.length + 1)} changed`);
      expect((await sdk.ensureFresh()).status).toBe('up-to-date');
    }
    expect(sdk.stats.generations).toBe(4);
    expect(readFileSync(join(dir, 'sdk/src/models.ts'), 'utf8')).toContain('A call.');
  });

  it('a fresh instance (a new build process) trusts the cache on disk; other options, a missing output file or another generator version regenerate', async () => {
    const { dir, regenerator } = project();
    expect((await regenerator().ensureFresh()).status).toBe('generated');
    const again = regenerator();
    expect((await again.ensureFresh()).status).toBe('up-to-date');
    expect(again.stats.generations).toBe(0);

    expect(reasonOf(await regenerator({ packageName: 'other-sdk' }).ensureFresh())).toBe('the options changed');
    expect(reasonOf(await regenerator().ensureFresh())).toBe('the options changed');

    unlinkSync(join(dir, 'sdk/src/client.ts'));
    expect(reasonOf(await regenerator().ensureFresh())).toBe('the generated file src/client.ts is missing');
    expect(existsSync(join(dir, 'sdk/src/client.ts'))).toBe(true);

    edit(join(dir, 'sdk', CACHE), (text) => text.replace(/"generatorVersion": "[^"]*"/, '"generatorVersion": "0.0.0-old"'));
    expect(reasonOf(await regenerator().ensureFresh())).toMatch(/^the generator changed \(0\.0\.0-old → \d/);
  });

  it('a template override is an input (watched, hashed) and a naming hook counts as an option by its source', async () => {
    const { dir, regenerator } = project();
    mkdirSync(join(dir, 'templates'));
    const readme = join(dir, 'templates/README.md.hbs');
    writeFileSync(readme, '# {{packageName}}\n');
    const sdk = regenerator({ templates: 'templates' });
    expect((await sdk.ensureFresh()).status).toBe('generated');
    expect(sdk.watchFiles()).toContain(readme);
    expect((await sdk.ensureFresh()).status).toBe('up-to-date');
    edit(readme, (text) => text + 'Internal.\n');
    expect(reasonOf(await sdk.ensureFresh())).toContain('templates/README.md.hbs changed');
    expect(readFileSync(join(dir, 'sdk/README.md'), 'utf8')).toContain('Internal.');

    // Each run of a build loads the config again: the same source is the same hook.
    const hooked = (model: (input: { name: string }) => string) => regenerator({ templates: 'templates', naming: { model } });
    expect(reasonOf(await hooked(({ name }) => `${name}Model`).ensureFresh())).toBe('the options changed');
    expect((await hooked(({ name }) => `${name}Model`).ensureFresh()).status).toBe('up-to-date');
    expect(reasonOf(await hooked(({ name }) => `${name}Type`).ensureFresh())).toBe('the options changed');
    expect(readFileSync(join(dir, 'sdk/src/models.ts'), 'utf8')).toContain('CallType');
  });

  it('a regeneration without the cache (the plain CLI, writeOutput) drops the cache, so the next check regenerates', async () => {
    const { dir, config, regenerator } = project();
    expect((await regenerator().ensureFresh()).status).toBe('generated');
    const plain = await generate({ ...config, packageName: 'from-the-cli' });
    if (!plain.ok) throw new Error('expected generation to succeed');
    writeOutput(join(dir, 'sdk'), plain.files, { cwd: dir });
    expect(existsSync(join(dir, 'sdk', CACHE))).toBe(false);
    expect(reasonOf(await regenerator().ensureFresh())).toContain('no build cache');
  });

  it('an input edited while its first generation ran is recorded as changed, so the next check regenerates', async () => {
    const { dir, config, pathFile, regenerator } = project();
    const out = join(dir, 'sdk');
    // The steps of a Regenerator's run, with the edit made between reading the spec and recording its hashes.
    const freshness = checkFreshness(out, resolveConfig(config));
    expect(freshness.staleBecause).toContain('no build cache');
    const result = await generate(config);
    if (!result.ok) throw new Error('expected generation to succeed');
    // Past the coarse clock's tick, by which a change time may lag the clock.
    await sleep(20);
    edit(pathFile, (text) => text.replace('Get a call', 'Get the call'));
    writeOutput(out, result.files, { cwd: dir, lastFiles: cacheWriter(out, result, freshness) });
    expect(reasonOf(await regenerator().ensureFresh())).toBe('api/paths/calls-id.yaml changed');
    expect(readFileSync(join(out, 'src/resources/calls.ts'), 'utf8')).toContain('Get the call');
    expect((await regenerator().ensureFresh()).status).toBe('up-to-date');
  });

  it('change events arriving together regenerate once', async () => {
    const { pathFile, regenerator } = project();
    const sdk = regenerator();
    await sdk.ensureFresh();
    edit(pathFile, (text) => text.replace('Get a call', 'Get one call'));
    const outcomes = await Promise.all([sdk.ensureFresh(), sdk.ensureFresh(), sdk.ensureFresh()]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['generated', 'up-to-date', 'up-to-date']);
    expect(sdk.stats.generations).toBe(2);
  });

  it('a broken file fails with its place, stays watched, and the SDK on disk is left as it was; warnings are reported once', async () => {
    const { dir, pathFile, regenerator } = project();
    const sdk = regenerator();
    const first = await sdk.ensureFresh();
    expect(first.status === 'generated' && first.newWarnings.map((warning) => warning.code)).toEqual(['schema-name-collision']);
    const before = readFileSync(join(dir, 'sdk/src/resources/calls.ts'), 'utf8');

    edit(pathFile, (text) => text.replace("$ref: '#/components/schemas/Call'", "$ref: '#/components/schemas/Nope'"));
    const broken = await sdk.ensureFresh();
    expect(broken.status).toBe('failed');
    if (broken.status !== 'failed') return;
    expect(broken.problems).toEqual([expect.objectContaining({ code: 'dangling-ref', severity: 'fatal', file: pathFile, line: expect.any(Number) })]);
    expect(sdk.watchFiles()).toContain(pathFile);
    expect(readFileSync(join(dir, 'sdk/src/resources/calls.ts'), 'utf8')).toBe(before);
    // Still broken: a build fails again (nothing was cached for the broken state).
    expect((await sdk.ensureFresh()).status).toBe('failed');

    edit(pathFile, (text) => text.replace('Nope', 'Call').replace('Get a call', 'Get the call'));
    const fixed = await sdk.ensureFresh();
    expect(fixed.status).toBe('generated');
    // The same schema-name-collision warning again: not reported a second time.
    expect(fixed.status === 'generated' && fixed.newWarnings).toEqual([]);
    expect(sdk.stats).toMatchObject({ failures: 2 });
  });
});
