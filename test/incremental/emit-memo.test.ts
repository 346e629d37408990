import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveConfig, type SdkgenConfig } from '../../generator/config/config.js';
import type { EmitMemo } from '../../generator/emit/emit-memo.js';
import { generate, type GenerateResult } from '../../generator/generate.js';
import { readEmitMemo } from '../../generator/incremental/emit-cache.js';
import { generatorBuild } from '../../generator/incremental/generator-build.js';
import { Regenerator } from '../../generator/incremental/index.js';
import { EMIT_CACHE_FILE } from '../../generator/write/manifest.js';
import { describeWithShared, REAL_ERRORS_RST, REAL_SPEC } from '../support/shared.js';
import { writeTinySpec } from './tiny-spec.js';

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

type Generated = Extract<GenerateResult, { ok: true }>;

async function generated(config: SdkgenConfig, emitted?: EmitMemo): Promise<Generated> {
  const result = await generate(config, { emitted });
  if (!result.ok) throw new Error(`generation failed: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return result;
}

/** How many of `after`'s pieces were taken from `before`'s memo. */
function reused(before: Generated, after: Generated): number {
  return [...after.emitted.keys()].filter((key) => before.emitted.has(key)).length;
}

function expectSameFiles(actual: Generated, expected: Generated): void {
  expect(actual.files.map((file) => file.path)).toEqual(expected.files.map((file) => file.path));
  expected.files.forEach((file, index) => expect(actual.files[index]?.contents, file.path).toBe(file.contents));
}

describe('emit memo', () => {
  it('a path file edit re-emits only its resource file, and the SDK is what a run from scratch gives', async () => {
    const spec = writeTinySpec();
    folders.push(spec.dir);
    const config = { spec: spec.root, reasons: [spec.reasons], format: false };
    const first = await generated(config);
    expect(first.emitted.size).toBe(2); // src/resources/calls.ts and src/models.ts

    const same = await generated(config, first.emitted);
    expect(reused(first, same)).toBe(2);
    expectSameFiles(same, first);

    writeFileSync(spec.pathFile, readFileSync(spec.pathFile, 'utf8').replace('Get a call', 'Get one call'));
    const edited = await generated(config, first.emitted);
    expect(reused(first, edited)).toBe(1);
    expect(edited.files.find((file) => file.path === 'src/resources/calls.ts')?.contents).toContain('Get one call');
    expectSameFiles(edited, await generated(config));
  });

  it('takes a piece from the memo instead of emitting it: a planted record shows in the output', async () => {
    const spec = writeTinySpec();
    folders.push(spec.dir);
    const config = { spec: spec.root, format: false };
    const first = await generated(config);
    const planted = new Map(
      [...first.emitted].map(([key, record]) => [key, { ...record, files: record.files.map((file) => ({ ...file, contents: `${file.contents}// planted\n` })) }]),
    );
    const second = await generated(config, planted);
    expect(second.files.find((file) => file.path === 'src/models.ts')?.contents).toContain('// planted');
  });

  it('keys on the config that shapes the code: another client name emits again', async () => {
    const spec = writeTinySpec();
    folders.push(spec.dir);
    const first = await generated({ spec: spec.root, format: false });
    const renamed = await generated({ spec: spec.root, format: false, clientName: 'TinyClient' }, first.emitted);
    expect(reused(first, renamed)).toBe(0);
  });

  it('is off when naming hooks run: they are code, so an edited hook could not be told from the old one', async () => {
    const spec = writeTinySpec();
    folders.push(spec.dir);
    const result = await generated({ spec: spec.root, format: false, naming: { strategy: 'path', model: ({ name }) => `${name}Model` } });
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
    expect(readEmitMemo(sdk, build)?.size).toBe(2);
    const text = readFileSync(cachePath, 'utf8');
    writeFileSync(cachePath, text.replace('Get a call', 'Get a calX'));
    expect(readEmitMemo(sdk, build)).toBeUndefined();
    writeFileSync(cachePath, text.slice(0, text.length / 2));
    expect(readEmitMemo(sdk, build)).toBeUndefined();
    expect(readEmitMemo(sdk, 'another-build')).toBeUndefined();
    writeFileSync(cachePath, text);
    expect(readEmitMemo(sdk, build)?.size).toBe(2);
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
      const config = { spec: specPath, reasons: [REAL_ERRORS_RST], flavor, format: false };
      for (const [name, edit, expected] of edits) {
        writeFileSync(specPath, JSON.stringify(original));
        const before = await generated(config);
        const spec = structuredClone(original);
        edit(spec);
        writeFileSync(specPath, JSON.stringify(spec));
        const memoised = await generated(config, before.emitted);
        expectSameFiles(memoised, await generated(config));
        if (flavor !== 'lite') expect(reused(before, memoised), name).toBe(expected === 'none' ? 0 : memoised.emitted.size - 1);
      }
    }, 120_000);
  }
});
