import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resolveConfig, type SdkgenConfig } from '../../generator/config/config.js';
import type { EmitMemo } from '../../generator/emit/emit-memo.js';
import { generate, type GenerateResult } from '../../generator/generate.js';
import { readEmitMemo } from '../../generator/incremental/emit-cache.js';
import { generatorBuild } from '../../generator/incremental/generator-build.js';
import { Regenerator } from '../../generator/incremental/index.js';
import { EMIT_CACHE_FILE } from '../../generator/write/manifest.js';
import { describeWithShared, REAL_ERRORS_RST, REAL_SPEC, REPO_ROOT } from '../support/shared.js';
import { writeTinySpec } from './tiny-spec.js';

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

type Generated = Extract<GenerateResult, { ok: true }>;

/** A generation; after `before`, with its memo of emitted pieces and its formatted texts (what the CLI reads back from disk). */
async function generated(config: SdkgenConfig, before?: { emitted: EmitMemo; formatted: ReadonlyMap<string, string> }): Promise<Generated> {
  const result = await generate(config, before ? { emitted: before.emitted, previous: before.formatted } : {});
  if (!result.ok) throw new Error(`generation failed: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return result;
}


function expectSameFiles(actual: Generated, expected: Generated): void {
  expect(actual.files.map((file) => file.path)).toEqual(expected.files.map((file) => file.path));
  expected.files.forEach((file, index) => expect(actual.files[index]?.contents, file.path).toBe(file.contents));
}

describe('emit memo', () => {
  it('a path file edit re-emits only its resource file, and the SDK is what a run from scratch gives', async () => {
    const spec = writeTinySpec();
    folders.push(spec.dir);
    const config = { spec: spec.root, reasons: [spec.reasons] };
    const first = await generated(config);
    expect(first.emitted.size).toBe(6); // src/resources/calls.ts, src/models.ts, src/reasons.ts, src/mocks/fixtures.ts, operations.ts and reasons.ts

    const same = await generated(config, first);
    expect(same.stats.recalled).toBe(6);
    expectSameFiles(same, first);

    writeFileSync(spec.pathFile, readFileSync(spec.pathFile, 'utf8').replace('Get a call', 'Get one call'));
    const edited = await generated(config, first);
    expect(edited.stats.recalled).toBe(5);
    expect(edited.files.find((file) => file.path === 'src/resources/calls.ts')?.contents).toContain('Get one call');
    expectSameFiles(edited, await generated(config));
    // What a run recalled, it passes on: the next run recalls every piece again.
    expect((await generated(config, edited)).stats.recalled).toBe(6);
  });

  it('takes a recalled piece as the previous run formatted it: a planted text shows in the output', async () => {
    const spec = writeTinySpec();
    folders.push(spec.dir);
    const config = { spec: spec.root };
    const first = await generated(config);
    const models = [...first.emitted.values()].flatMap((record) => record.files).find((file) => file.path === 'src/models.ts')!;
    const planted = new Map(first.formatted).set(models.formatKey, `${first.formatted.get(models.formatKey)}// planted\n`);
    const second = await generated(config, { emitted: first.emitted, formatted: planted });
    expect(second.files.find((file) => file.path === 'src/models.ts')?.contents).toContain('// planted');
    // Without the formatted text the piece is emitted again.
    const forgotten = new Map(first.formatted);
    forgotten.delete(models.formatKey);
    const third = await generated(config, { emitted: first.emitted, formatted: forgotten });
    expect(third.stats.recalled).toBe(4);
    expectSameFiles(third, first);
    expect(third.emitted).toEqual(first.emitted);
  });

  it('is left out of runs that do not format: a recalled piece comes formatted', async () => {
    const spec = writeTinySpec();
    folders.push(spec.dir);
    const formatted = await generated({ spec: spec.root });
    const unformatted = await generated({ spec: spec.root, format: false }, formatted);
    expect(unformatted.emitted.size).toBe(0);
    expect(unformatted.stats.recalled).toBe(0);
    expectSameFiles(unformatted, await generated({ spec: spec.root, format: false }));
  });

  it('keys on the config that shapes the code: another client name emits again', async () => {
    const spec = writeTinySpec();
    folders.push(spec.dir);
    const first = await generated({ spec: spec.root });
    const renamed = await generated({ spec: spec.root, clientName: 'TinyClient' }, first);
    expect(renamed.stats.recalled).toBe(0);
  });

  it('is off when naming hooks run: they are code, so an edited hook could not be told from the old one', async () => {
    const spec = writeTinySpec();
    folders.push(spec.dir);
    const result = await generated({ spec: spec.root, naming: { strategy: 'path', model: ({ name }) => `${name}Model` } });
    expect(result.emitted.size).toBe(0);
  });

  it('the regenerator keeps it on disk; a damaged, edited or other-build cache is not used', async () => {
    const spec = writeTinySpec();
    folders.push(spec.dir);
    const config = { spec: 'api/openapi.yaml', cwd: spec.dir };
    await new Regenerator({ config, out: 'sdk' }).ensureFresh();
    const sdk = join(spec.dir, 'sdk');
    const cachePath = join(sdk, EMIT_CACHE_FILE);
    const build = generatorBuild(resolveConfig(config).generatorVersion);
    expect(readEmitMemo(sdk, build)?.size).toBe(5);
    const text = readFileSync(cachePath, 'utf8');
    writeFileSync(cachePath, text.replace('src/models.ts', 'src/modelz.ts'));
    expect(readEmitMemo(sdk, build)).toBeUndefined();
    writeFileSync(cachePath, text.slice(0, text.length / 2));
    expect(readEmitMemo(sdk, build)).toBeUndefined();
    expect(readEmitMemo(sdk, 'another-build')).toBeUndefined();
    writeFileSync(cachePath, text);
    expect(readEmitMemo(sdk, build)?.size).toBe(5);
  });
});

describe('emit memo on the hostile specs (cycles, collisions, injection)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sdkgen-emit-memo-hostile-'));
  folders.push(dir);
  const hostile = join(REPO_ROOT, 'test/fixtures/hostile');
  const specs = ['recursive-schemas.yaml', 'composition-cycle.yaml', 'polymorphism.yaml', 'name-collisions.yaml', 'identifiers.yaml', 'injection-strings.json', 'openapi-3-1.yaml'];

  it.each(specs)('%s: an operation edit recalls the rest, and the SDK is what a run from scratch gives', async (file) => {
    const spec = parse(readFileSync(join(hostile, file), 'utf8')) as { paths: Record<string, Record<string, { description?: string }>> };
    const specPath = join(dir, `${file}.json`);
    writeFileSync(specPath, JSON.stringify(spec));
    const config = { spec: specPath };
    const before = await generated(config);
    const [path, item] = Object.entries(spec.paths)[0]!;
    const method = Object.keys(item).find((key) => ['get', 'put', 'post', 'delete', 'patch'].includes(key))!;
    item[method]!.description = `${item[method]!.description ?? ''} Edited.`;
    writeFileSync(specPath, JSON.stringify(spec));
    const memoised = await generated(config, before);
    expectSameFiles(memoised, await generated(config));
    expect(memoised.stats.recalled, `${method} ${path}`).toBeGreaterThan(0);
  });
});

describeWithShared('emit memo on the real spec', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sdkgen-emit-memo-'));
  folders.push(dir);
  const specPath = join(dir, 'openapi.json');
  const original = JSON.parse(readFileSync(REAL_SPEC, 'utf8')) as { paths: Record<string, Record<string, { description?: string; parameters?: unknown[] }>>; components: { schemas: Record<string, { description?: string }> } };

  // Each edit, then whether the SDK reuses all pieces but one (an edit inside one resource) or none (an edit every piece reads).
  const edits: [string, (spec: typeof original) => void, 'all but one' | 'none'][] = [
    ['an operation description', (spec) => void (spec.paths['/calls/{id}']!.get!.description += ' Edited.'), 'all but one'],
    ['a query parameter added', (spec) => void (spec.paths['/calls/{id}']!.get!.parameters ??= []).push({ name: 'verbose', in: 'query', schema: { type: 'boolean' } }), 'all but one'],
    ['a schema description', (spec) => void (Object.values(spec.components.schemas)[5]!.description = 'Edited.'), 'none'],
    ['an operation removed', (spec) => void delete spec.paths['/calls/{id}']!.delete, 'none'],
  ];

  for (const flavor of ['full', 'zod', 'lite'] as const) {
    it(`${flavor}: every edit gives the SDK a run from scratch gives`, async () => {
      const config = { spec: specPath, reasons: [REAL_ERRORS_RST], flavor };
      for (const [name, edit, expected] of edits) {
        writeFileSync(specPath, JSON.stringify(original));
        const before = await generated(config);
        const spec = structuredClone(original);
        edit(spec);
        writeFileSync(specPath, JSON.stringify(spec));
        const memoised = await generated(config, before);
        expectSameFiles(memoised, await generated(config));
        if (flavor !== 'lite') expect(memoised.stats.recalled, name).toBe(expected === 'none' ? 0 : memoised.emitted.size - 1);
      }
    }, 180_000);
  }
});
