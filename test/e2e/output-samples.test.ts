import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate, loadConfigFile, type LoadedTarget } from '../../generator/index.js';
import { MANIFEST_FILE, parseManifest } from '../../generator/write/manifest.js';
import { REPO_ROOT } from '../support/shared.js';

const SAMPLES_CONFIG = join(REPO_ROOT, 'output-samples/voipbin-sdkgen.config.ts');
const FLAVORS = ['full', 'lite', 'zod', 'service-agent'];

/** Files whose contents differ, with the first differing line of each, so a stale sample reads as a diff. */
export function staleFiles(folder: string, files: { path: string; contents: string }[]): string[] {
  const problems: string[] = [];
  for (const file of files) {
    const onDisk = join(folder, file.path);
    if (!existsSync(onDisk)) {
      problems.push(`missing: ${file.path}`);
      continue;
    }
    const current = readFileSync(onDisk, 'utf8');
    if (current === file.contents) continue;
    const want = file.contents.split('\n');
    const have = current.split('\n');
    const line = want.findIndex((text, index) => text !== have[index]);
    problems.push(`changed: ${file.path}:${line + 1}\n  - ${have[line] ?? '(end of file)'}\n  + ${want[line] ?? '(end of file)'}`);
  }
  const manifest = existsSync(join(folder, MANIFEST_FILE)) ? parseManifest(readFileSync(join(folder, MANIFEST_FILE), 'utf8')) : undefined;
  const expected = new Set(files.map((file) => file.path));
  for (const path of Object.keys(manifest?.files ?? {})) if (!expected.has(path)) problems.push(`no longer generated: ${path}`);
  return problems;
}

describe('output-samples/', () => {
  let targets: LoadedTarget[] = [];
  beforeAll(async () => {
    targets = await loadConfigFile(SAMPLES_CONFIG);
  });

  it('has one sample per built-in flavor, each in output-samples/<flavor>', () => {
    expect(targets.map((target) => [target.name, target.config.flavor, target.output])).toEqual(
      FLAVORS.map((flavor) => [flavor, flavor, join(REPO_ROOT, 'output-samples', flavor)]),
    );
  });

  for (const flavor of FLAVORS) {
    it.concurrent(`${flavor} is what the generator makes from examples/voipbin today (run \`npm run samples\` to refresh)`, async ({ expect }) => {
      const target = targets.find((candidate) => candidate.name === flavor)!;
      const result = await generate(target.config);
      if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
      expect(staleFiles(target.output, result.files).join('\n')).toBe('');
    });
  }

  it('reports a stale sample when a generated file differs', async () => {
    const result = await generate();
    if (!result.ok) throw new Error('generation failed');
    const edited = result.files.map((file) => (file.path === 'src/client.ts' ? { ...file, contents: file.contents + '// edited\n' } : file));
    expect(staleFiles(join(REPO_ROOT, 'output-samples/full'), edited)).toEqual([expect.stringMatching(/^changed: src\/client\.ts:\d+/)]);
  });
});
