import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveConfig, type SdkgenConfig } from '../../generator/config/config.js';
import { generate } from '../../generator/generate.js';
import { generatorBuild } from '../../generator/incremental/generator-build.js';
import { Regenerator } from '../../generator/incremental/index.js';
import { readParseMemo } from '../../generator/incremental/parse-cache.js';
import { MemoParser } from '../../generator/load/memo-parser.js';
import { PARSE_CACHE_FILE } from '../../generator/write/manifest.js';
import { writeTinySpec } from './tiny-spec.js';


/** The generator build that made the SDK, as the readers compare it. */
const buildOf = (config: SdkgenConfig) => generatorBuild(resolveConfig(config).generatorVersion);
const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The tiny multi-file project, generated once into sdk/ by the regenerator (which writes the caches). */
async function generatedProject() {
  const spec = writeTinySpec();
  folders.push(spec.dir);
  const config = { spec: 'api/openapi.yaml', reasons: ['api/reasons.json'], cwd: spec.dir };
  const regenerator = new Regenerator({ config, out: 'sdk' });
  expect((await regenerator.ensureFresh()).status).toBe('generated');
  const sdk = join(spec.dir, 'sdk');
  return { ...spec, config, regenerator, sdk, cachePath: join(sdk, PARSE_CACHE_FILE) };
}

describe('MemoParser', () => {
  it('returns the remembered value for a text it has a memo of, without parsing it', () => {
    const text = 'get:\n  summary: real\n';
    const parser = new MemoParser(new Map([[sha256(text), { planted: true }]]));
    expect(parser.parse(text, 'a.yaml')).toEqual({ ok: true, value: { planted: true } });
    // Handed out once; the run's own memo keeps it for the next run.
    expect(parser.memo.get(sha256(text))).toBe('{"planted":true}');
    expect(parser.parse(text, 'b.yaml')).toEqual({ ok: true, value: { planted: true } });
  });

  it('gives each use of the same text its own copy, since the loader rewrites what it gets', () => {
    const parser = new MemoParser();
    const first = parser.parse('a: { $ref: "#/x" }\n', 'a.yaml');
    const second = parser.parse('a: { $ref: "#/x" }\n', 'b.yaml');
    if (!first.ok || !second.ok) throw new Error('parse failed');
    expect(second.value).toEqual(first.value);
    expect(second.value).not.toBe(first.value);
  });

  it('remembers only what JSON gives back unchanged, and no JSON file', () => {
    const parser = new MemoParser();
    for (const text of ['a: .nan\n', 'a: -.inf\n', '__proto__: { a: 1 }\n', '{"a": 1}', 'b: [1, 2.5, "x", null, true]\n']) parser.parse(text, 'f.yaml');
    expect([...parser.memo.values()]).toEqual(['{"b":[1,2.5,"x",null,true]}']);
  });
});

describe('parsed spec files reused from the SDK on disk', () => {
  it('the cache holds each YAML file by the hash of its text; a regeneration after an edit parses only the edited file', async () => {
    const { config, sdk, cachePath, pathFile, root: rootFile, schemaFile } = await generatedProject();
    const memo = readParseMemo(sdk, buildOf(config))!;
    const yamlFiles = [rootFile, pathFile, schemaFile];
    expect([...memo.keys()].sort()).toEqual(yamlFiles.map((file) => sha256(readFileSync(file, 'utf8'))).sort());

    // A planted value under an unchanged file's hash shows the next run takes it from the cache.
    const rootHash = sha256(readFileSync(rootFile, 'utf8'));
    const root = memo.get(rootHash) as { info: { title: string } };
    root.info.title = 'Planted';
    writeFileSync(pathFile, readFileSync(pathFile, 'utf8').replace('Get a call', 'Get one call'));
    const reusing = await generate(config, { parsed: memo });
    if (!reusing.ok) throw new Error('generation failed');
    expect(reusing.ir.meta.title).toBe('Planted');
    expect(reusing.files.find((file) => file.path === 'src/resources/calls.ts')?.contents).toContain('Get one call');
    expect(reusing.parsed.get(sha256(readFileSync(pathFile, 'utf8')))).toContain('Get one call');
    expect(readFileSync(cachePath, 'utf8')).not.toContain('Planted');
  });

  it('a regeneration gives what a run from scratch gives', async () => {
    const { config, sdk, pathFile, regenerator } = await generatedProject();
    writeFileSync(pathFile, readFileSync(pathFile, 'utf8').replace('Get a call', 'Get one call'));
    expect((await regenerator.ensureFresh()).status).toBe('generated');
    const scratch = await generate(config);
    if (!scratch.ok) throw new Error('generation failed');
    for (const file of scratch.files) expect(readFileSync(join(sdk, file.path), 'utf8'), file.path).toBe(file.contents);
  });

  it('is not used when damaged, edited, or from another generator build', async () => {
    const { config, sdk, cachePath } = await generatedProject();
    const text = readFileSync(cachePath, 'utf8');
    const build = buildOf(config);
    expect(readParseMemo(sdk, build)).toBeDefined();
    writeFileSync(cachePath, text.replace('Tiny', 'Tinx'));
    expect(readParseMemo(sdk, build)).toBeUndefined();
    writeFileSync(cachePath, text.slice(0, text.length / 2));
    expect(readParseMemo(sdk, build)).toBeUndefined();
    const [header, values] = text.split('\n');
    writeFileSync(cachePath, `${header!.replace(/"generatorVersion":"[^"]*"/, '"generatorVersion":"0.0.0-old"')}\n${values}\n`);
    expect(readParseMemo(sdk, build)).toBeUndefined();
    writeFileSync(cachePath, text);
    expect(readParseMemo(sdk, build)).toBeDefined();
  });
});
