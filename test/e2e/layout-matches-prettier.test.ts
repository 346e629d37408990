import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { format } from 'prettier';
import { afterAll, describe, expect, it } from 'vitest';
import { generate, type GeneratedFile, type SdkgenConfig } from '../../generator/index.js';
import { MANIFEST_FILE } from '../../generator/write/manifest.js';
import { hostileSpec } from '../support/hostile-arbitraries.js';
import { describeWithShared, HISTORY_DIR, REAL_ERRORS_RST, REAL_SPEC, REPO_ROOT } from '../support/shared.js';

/**
 * The format stage lays printed TypeScript and JSON out in-process and sends only what it cannot vouch for to
 * prettier. The promise is prettier's bytes: each generated file must equal prettier's output for the unformatted
 * file (the options are format-files'), for every flavor, on the example, the real spec and its history, and on the
 * hostile fixtures, whose strings and names probe the literal and width rules.
 */
const OPTIONS = { singleQuote: true, printWidth: 110, trailingComma: 'all' } as const;
const FLAVORS = ['full', 'lite', 'zod', 'service-agent'] as const;

async function generated(config: SdkgenConfig): Promise<GeneratedFile[]> {
  const result = await generate(config);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.files;
}

const tmp = mkdtempSync(join(tmpdir(), 'sdkgen-layout-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** prettier's parser by file extension, for the files the format stage lays out or verifies in-process. */
const PARSERS: Record<string, string> = { ts: 'babel-ts', json: 'json', md: 'markdown' };
const parserOf = (file: GeneratedFile): string | undefined => PARSERS[file.path.slice(file.path.lastIndexOf('.') + 1)];

/** Files prettier formats: TypeScript, JSON and Markdown other than the runtime copied verbatim and the manifest written after formatting. */
function formattable(file: GeneratedFile): boolean {
  if (file.path === MANIFEST_FILE) return false;
  return parserOf(file) !== undefined && !file.path.startsWith('src/core/') && !file.path.startsWith('src/mocks/runtime/');
}

async function expectPrettierBytes(config: SdkgenConfig): Promise<number> {
  const [laidOut, raw] = await Promise.all([generated(config), generated({ ...config, format: false })]);
  const byPath = new Map(laidOut.map((file) => [file.path, file.contents]));
  let checked = 0;
  for (const file of raw.filter(formattable)) {
    const expected = await format(file.contents, { ...OPTIONS, parser: parserOf(file) as string });
    const actual = byPath.get(file.path);
    if (actual !== expected) expect(firstDifference(actual ?? '', expected), file.path).toBe('');
    checked++;
  }
  return checked;
}

/** The first differing line of two texts, with its number, or '' when equal. */
function firstDifference(actual: string, expected: string): string {
  const a = actual.split('\n');
  const b = expected.split('\n');
  const line = a.findIndex((text, index) => text !== b[index]);
  const at = line === -1 ? a.length : line;
  return actual === expected ? '' : `line ${at + 1}:\n  got:  ${JSON.stringify(a[at])}\n  want: ${JSON.stringify(b[at])}`;
}

describe('layout matches prettier: the embedded example', () => {
  it.each(FLAVORS)('%s flavor', async (flavor) => {
    expect(await expectPrettierBytes({ flavor })).toBeGreaterThan(3);
  });
});

describe('layout matches prettier: hostile fixtures', () => {
  const folder = join(REPO_ROOT, 'test/fixtures/hostile');
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as Record<string, { outcome?: string }>;
  const fixtures = readdirSync(folder).filter((file) => manifest[file]?.outcome === 'generate');
  it.each(fixtures)('%s', async (file) => {
    expect(await expectPrettierBytes({ spec: join(folder, file) })).toBeGreaterThan(0);
  });
});

describeWithShared('layout matches prettier: the real VoIPBIN spec', () => {
  it.each(FLAVORS)('%s flavor, with the reasons catalog', async (flavor) => {
    expect(await expectPrettierBytes({ spec: REAL_SPEC, reasons: [REAL_ERRORS_RST], flavor })).toBeGreaterThan(flavor === 'service-agent' ? 5 : 50);
  }, 120_000);

  it.each(readdirSync(HISTORY_DIR).filter((file) => /\.(json|ya?ml)$/.test(file)))('history %s', async (file) => {
    expect(await expectPrettierBytes({ spec: join(HISTORY_DIR, file) })).toBeGreaterThan(50);
  }, 120_000);
});

describe('layout matches prettier: random hostile specs', () => {
  it('every printed file of 40 generated specs', async () => {
    let specs = 0;
    await fc.assert(
      fc.asyncProperty(hostileSpec, async (spec) => {
        const file = join(tmp, `spec-${specs++}.json`);
        writeFileSync(file, JSON.stringify(spec));
        // A random tree may earn a refusal (component schemas that only reference each other): nothing to format.
        if (!(await generate({ spec: file, cwd: tmp, format: false })).ok) return;
        expect(await expectPrettierBytes({ spec: file, cwd: tmp })).toBeGreaterThan(0);
      }),
      { numRuns: Number(process.env.LAYOUT_RUNS ?? 40), seed: Number(process.env.LAYOUT_SEED ?? 20_261_127) },
    );
  }, 300_000);
});
