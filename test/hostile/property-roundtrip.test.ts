import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { generate, type GeneratedFile } from '../../generator/index.js';
import { modelNames } from '../../generator/emit/client/emit-client.js';
import type { ApiIR, SchemaIR } from '../../generator/ir/types.js';
import { SdkBatch } from '../support/batch-typecheck.js';
import { hostileSpec } from '../support/hostile-arbitraries.js';
import * as sdk from '../support/sdk-source.js';

/**
 * Random hostile specs → the generated SDK type-checks and every string
 * comes back as the spec wrote it: enum values and property keys as the
 * compiler reads them, descriptions, defaults and examples from the JSDoc
 * after un-escaping (descriptions as normalised: line separators → `\n`,
 * control characters dropped, trimmed), query parameter names as the keys
 * of a call's query, and the server URL as a string value. `FUZZ_RUNS` (default 200) and `FUZZ_SEED` (default
 * fixed; `random` for a new one) widen it: `npm run fuzz`.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = process.env.FUZZ_SEED === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.FUZZ_SEED ?? 20_261_126);
const CHUNK = 250;

const tmp = mkdtempSync(join(tmpdir(), 'sdkgen-fuzz-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let written = 0;

/** Generates one spec and checks every round trip; returns the files, or undefined for a correct refusal. */
async function generateAndCheck(spec: Record<string, unknown>): Promise<GeneratedFile[] | undefined> {
  const file = join(tmp, `spec-${written++}.json`);
  writeFileSync(file, JSON.stringify(spec));
  const result = await generate({ spec: file, cwd: tmp });
  if (!result.ok) {
    // The one refusal a random tree may earn: component schemas that are only references to each other.
    const errors = result.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'fatal');
    expect(errors.map((d) => d.code).filter((code) => code !== 'schema-ref-cycle'), JSON.stringify(errors, null, 1)).toEqual([]);
    return undefined;
  }
  const sources = new Map(result.files.filter((f) => f.path.endsWith('.ts') && !f.path.startsWith('src/core/')).map((f) => [f.path, sdk.parseTs(f)]));
  for (const source of sources.values()) {
    expect(sdk.syntaxErrors(source)).toEqual([]);
    expect(sdk.prototypeSetters(source)).toEqual([]);
  }
  checkModels(result.ir, sources.get('src/models.ts')!);
  const paths = spec.paths as Record<string, { get?: { parameters: { name: string }[] } }>;
  const query = Object.values(paths).find((item) => item.get)?.get?.parameters[0]?.name as string;
  const strings = [...sources.values()].flatMap((source) => [...sdk.stringValues(source)]);
  expect([...sources.values()].flatMap((source) => [...sdk.queryKeys(source)])).toContain(query);
  expect(strings).toContain((spec.servers as { url: string }[])[0]?.url);
  return result.files;
}

function checkModels(ir: ApiIR, models: ReturnType<typeof sdk.parseTs>): void {
  const names = modelNames(ir.schemas, {}, 'VoipbinClient').names;
  for (const named of ir.schemas) {
    const typeName = names.get(named.pointer) as string;
    const { schema } = named;
    const declaration = sdk.findDeclaration(models, typeName);
    expect(declaration, typeName).toBeDefined();
    checkDoc(sdk.jsDocText(models, declaration!)[0] ?? '', schema, true);
    if (schema.kind === 'enum') {
      const values = sdk.literalUnion(models, typeName);
      expect(values).toEqual([...schema.members.map((member) => member.value), ...(schema.nullable ? [null] : [])]);
    }
    if (schema.kind === 'object' && !schema.nullable) {
      expect(sdk.propertyNames(models, typeName)).toEqual(schema.properties.map((property) => property.name));
      const docs = new Map(sdk.members(models, typeName).map((member) => [member.name, sdk.jsDocText(models, member.node)[0] ?? '']));
      for (const property of schema.properties) checkDoc(docs.get(property.name) ?? '', property.schema, false);
    }
  }
}

/** The JSDoc says the schema's title (declarations only), description, example and default, exactly. */
function checkDoc(comment: string, schema: SchemaIR, withTitle: boolean): void {
  const { description, tags } = sdk.docParts(comment);
  const title = withTitle && schema.title !== undefined && schema.title !== schema.description ? sdk.normalisedDoc(schema.title) : '';
  const expected = [title, sdk.normalisedDoc(schema.description ?? '')].filter((line) => line !== '').join('\n');
  expect(description).toBe(expected);
  const tag = (name: string) => tags.find((candidate) => candidate.tag === name)?.body;
  if (schema.default !== undefined) expect(JSON.parse(tag('default') as string)).toEqual(schema.default);
  const example = tag('example');
  if (example !== undefined) expect(JSON.parse(example)).toEqual(schema.example);
}

/** Runs the property; on failure throws with the shrunk spec as JSON. */
async function check(property: fc.IAsyncProperty<[Record<string, unknown>]>, parameters: fc.Parameters<[Record<string, unknown>]>): Promise<void> {
  const details = await fc.check(property, parameters);
  if (!details.failed) return;
  const [spec] = details.counterexample ?? [];
  throw new Error(
    `Property failed (seed ${details.seed}, path "${details.counterexamplePath}", after ${details.numShrinks} shrinks). Shrunk spec:\n` +
      `${JSON.stringify(spec, null, 1)}\n\n${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`,
  );
}

describe(`property: random hostile specs (${RUNS} runs, seed ${SEED})`, () => {
  /** `run` is the case's index in the fast-check run, for replaying it. */
  const generated: { run: number; spec: Record<string, unknown>; files: GeneratedFile[] }[] = [];
  let runs = 0;

  it('generate, and every string round-trips', async () => {
    await check(
      fc.asyncProperty(hostileSpec, async (spec) => {
        const run = runs++;
        const files = await generateAndCheck(spec);
        if (files) generated.push({ run, spec, files });
      }),
      // FUZZ_SHRINK=0 reports the first failure as found, without shrinking it.
      { seed: SEED, numRuns: RUNS, endOnFailure: process.env.FUZZ_SHRINK === '0' },
    );
    expect(generated.length).toBeGreaterThan(RUNS * 0.8);
  }, 1_200_000);

  it('type-check under the strict settings (one tsc program per chunk of SDKs)', async () => {
    const failing: { index: number; errors: string[] }[] = [];
    for (let start = 0; start < generated.length; start += CHUNK) {
      const batch = new SdkBatch(join(tmp, `sdks-${start}`));
      generated.slice(start, start + CHUNK).forEach((entry, offset) => batch.add(`case-${start + offset}`, entry.files));
      for (const [name, errors] of batch.typecheck().errors) failing.push({ index: Number(name.replace('case-', '')), errors });
      rmSync(batch.root, { recursive: true, force: true });
    }
    if (failing.length === 0) return;
    const first = failing[0]!;
    const report = `${failing.length} SDK(s) failed to type-check. First:\n${JSON.stringify(generated[first.index]?.spec, null, 1)}\n${first.errors.join('\n')}`;
    if (process.env.FUZZ_SHRINK === '0') throw new Error(report);
    // Shrink the first failure: replay the property from that case, type-checking each candidate on its own.
    const single = fc.asyncProperty(hostileSpec, async (spec) => {
      const files = await generateAndCheck(spec);
      if (!files) return;
      const batch = new SdkBatch(join(tmp, `shrink-${written}`));
      batch.add('case', files);
      expect(batch.typecheck().errors.get('case') ?? []).toEqual([]);
    });
    // Each candidate costs a tsc run: shrink for two minutes at most, then report the smallest spec found so far.
    await check(single, { seed: SEED, numRuns: 1, path: String(generated[first.index]?.run), interruptAfterTimeLimit: 120_000 });
    throw new Error(`The failure did not reproduce alone. ${report}`);
  }, 1_200_000);
});
