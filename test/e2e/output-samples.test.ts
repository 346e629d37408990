import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareOutput, isCurrent } from '../../generator/check/compare-output.js';
import { formatComparison } from '../../generator/check/format-comparison.js';
import { generate, loadConfigFile, type GeneratedFile, type LoadedTarget } from '../../generator/index.js';
import { REPO_ROOT } from '../support/shared.js';

const SAMPLES_CONFIG = join(REPO_ROOT, 'output-samples/voipbin-sdkgen.config.ts');
const FLAVORS = ['full', 'lite', 'zod', 'service-agent'];
const SAMPLE = join(REPO_ROOT, 'output-samples/full');
const tmp = mkdtempSync(join(tmpdir(), 'sdkgen-samples-'));
let targets: LoadedTarget[] = [];
/** Generated files per target name. */
const files = new Map<string, GeneratedFile[]>();

beforeAll(async () => {
  targets = await loadConfigFile(SAMPLES_CONFIG);
  await Promise.all(
    targets.map(async (target) => {
      const result = await generate(target.config);
      if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
      files.set(target.name, result.files);
    }),
  );
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The same comparison `voipbin-sdkgen check` makes between a folder and a target's files, as one readable string ('' when current). */
function staleness(folder: string, target: string): string {
  const comparison = compareOutput(folder, files.get(target) ?? []);
  return isCurrent(comparison) ? '' : formatComparison(comparison).join('\n');
}

describe('output-samples/', () => {
  it('has one sample per built-in flavor, each in output-samples/<flavor>', () => {
    expect(targets.map((target) => [target.name, target.config.flavor, target.output])).toEqual(
      FLAVORS.map((flavor) => [flavor, flavor, join(REPO_ROOT, 'output-samples', flavor)]),
    );
  });

  for (const flavor of FLAVORS) {
    it(`${flavor} is what the generator makes from examples/voipbin today (run \`npm run samples\` to refresh)`, () => {
      const target = targets.find((candidate) => candidate.name === flavor)!;
      expect(staleness(target.output, flavor)).toBe('');
    });
  }
});

describe('output-samples/full, copies of it', () => {
  it('a stale copy fails: an edited generated file is reported with a unified diff', () => {
    const copy = join(tmp, 'edited');
    cpSync(SAMPLE, copy, { recursive: true });
    const client = join(copy, 'src/client.ts');
    writeFileSync(client, readFileSync(client, 'utf8').replace('export class VoipbinClient', 'export class EditedClient'));
    const report = staleness(copy, 'full');
    expect(report).toMatch(/^1 changed, 0 added, 0 removed generated file\(s\)/);
    expect(report).toContain('  changed: src/client.ts');
    expect(report).toContain('--- a/src/client.ts');
    expect(report).toContain('-export class EditedClient {');
    expect(report).toContain('+export class VoipbinClient {');
  });

  it('a copy with a deleted generated file, and one with a file the manifest no longer lists, fail too', () => {
    const copy = join(tmp, 'deleted');
    cpSync(SAMPLE, copy, { recursive: true });
    rmSync(join(copy, 'src/models.ts'));
    const manifestPath = join(copy, '.voipbin-sdkgen-manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { files: Record<string, string> };
    manifest.files['src/old-resource.ts'] = 'f'.repeat(64);
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
    const report = staleness(copy, 'full');
    expect(report).toContain('  added:   src/models.ts');
    expect(report).toContain('  removed: src/old-resource.ts');
    expect(report).toContain('  changed: .voipbin-sdkgen-manifest.json');
  });

  it('files of the user (not in the manifest) do not make a copy stale', () => {
    const copy = join(tmp, 'user-files');
    cpSync(SAMPLE, copy, { recursive: true });
    writeFileSync(join(copy, 'src/my-helpers.ts'), 'export const mine = 1;\n');
    expect(staleness(copy, 'full')).toBe('');
  });
});
