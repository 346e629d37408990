import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedReasonsPath, embeddedSpecPath } from '../../generator/config/config.js';
import { generate, type GeneratedFile, type SdkgenConfig } from '../../generator/index.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { describeWithShared, REAL_SPEC, REAL_SRC_SPEC, VOIPBIN_DIR } from '../support/shared.js';

/**
 * Byte-for-byte determinism: the same API, read from a different form of the
 * spec, from another working directory, or with the spec's map keys in
 * another order, must give identical files (headers and manifest included).
 */
const tmp = mkdtempSync(join(tmpdir(), 'sdkgen-determinism-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function files(config: SdkgenConfig): Promise<GeneratedFile[]> {
  const result = await generate(config);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.files;
}

/** A seeded Fisher–Yates over the keys, so a failure reproduces. */
function shuffledKeys<T>(map: Record<string, T>, seed: number): Record<string, T> {
  const keys = Object.keys(map);
  let state = seed;
  for (let i = keys.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [keys[i], keys[j]] = [keys[j] as string, keys[i] as string];
  }
  return Object.fromEntries(keys.map((key) => [key, map[key] as T]));
}

/** The document with `components.schemas` and `paths` in another key order, written as one JSON file. */
function writeShuffled(document: Record<string, unknown>, name: string, seed: number): string {
  const components = document.components as { schemas: Record<string, unknown> };
  const copy = {
    ...document,
    paths: shuffledKeys(document.paths as Record<string, unknown>, seed + 1),
    components: { ...components, schemas: shuffledKeys(components.schemas, seed) },
  };
  expect(Object.keys(copy.components.schemas)).not.toEqual(Object.keys(components.schemas));
  const file = join(tmp, name);
  writeFileSync(file, JSON.stringify(copy, null, 1));
  return file;
}

/** Equal file lists, compared file by file so a failure names the file. */
function expectSameFiles(actual: GeneratedFile[], expected: GeneratedFile[]): void {
  expect(actual.map((file) => file.path)).toEqual(expected.map((file) => file.path));
  const want = new Map(expected.map((file) => [file.path, file.contents]));
  for (const file of actual) expect(file.contents, file.path).toBe(want.get(file.path));
}

describe('determinism: the embedded example spec', () => {
  it('multi-file YAML, bundled shuffled JSON and another cwd give byte-equal files (formatted)', async () => {
    const reference = await files({});
    const loaded = await loadSpec(embeddedSpecPath());
    if (!loaded.ok) throw new Error('example spec did not load');
    const shuffled = writeShuffled(loaded.spec.document, 'example-shuffled.json', 7);
    const fromJson = await files({ spec: relative(tmp, shuffled) || shuffled, cwd: tmp, reasons: [embeddedReasonsPath()] });
    const again = await files({ spec: relative(tmp, embeddedSpecPath()), cwd: tmp, reasons: [embeddedReasonsPath()] });
    expectSameFiles(fromJson, reference);
    expectSameFiles(again, reference);
  });
});

describeWithShared('determinism: the real VoIPBIN spec', () => {
  // Compared before prettier: prettier is a pure function of its input, so
  // equal input gives equal output, and unformatted text hides no difference
  // that formatting would normalise away. Saves ~10 s per generation.
  it('bundled JSON (relative, from its folder), multi-file source (from /tmp) and shuffled keys give byte-equal files', async () => {
    const fromJson = await files({ spec: 'openapi.json', cwd: VOIPBIN_DIR, format: false });
    const fromSource = await files({ spec: REAL_SRC_SPEC, cwd: tmpdir(), format: false });
    const document = JSON.parse(readFileSync(REAL_SPEC, 'utf8')) as Record<string, unknown>;
    const fromShuffled = await files({ spec: writeShuffled(document, 'real-shuffled.json', 42), format: false });
    expect(fromJson.length).toBeGreaterThan(50);
    expectSameFiles(fromSource, fromJson);
    expectSameFiles(fromShuffled, fromJson);
  }, 120_000);

  it('the spec hash is the same for the JSON and the multi-file source (canonical JSON)', async () => {
    const [json, source] = await Promise.all([loadSpec(REAL_SPEC), loadSpec(REAL_SRC_SPEC)]);
    if (!json.ok || !source.ok) throw new Error('real spec did not load');
    expect(source.spec.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(source.spec.hash).toBe(json.spec.hash);
  });
});
