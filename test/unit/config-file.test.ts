import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../generator/config/config-file.js';
import { findConfigFile } from '../../generator/config/find-config.js';
import { loadConfigFile } from '../../generator/config/load-config.js';
import { starterConfig } from '../../generator/config/starter-config.js';
import { ensureBuilt } from '../e2e/run-cli.js';
import { REPO_ROOT } from '../support/shared.js';

const root = mkdtempSync(join(tmpdir(), 'sdkgen-config-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeAll(() => {
  // A .ts config imports `defineConfig` from the installed package: here, this repository.
  ensureBuilt();
  mkdirSync(join(root, 'node_modules'));
  symlinkSync(REPO_ROOT, join(root, 'node_modules/voipbin-sdkgen'), 'dir');
});

let count = 0;
function project(files: Record<string, string>): string {
  const dir = join(root, `p${count++}`);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function problemsOf(file: string): Promise<ConfigError> {
  const error = await loadConfigFile(file).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe('loadConfigFile', () => {
  it('loads a TypeScript config on Node 20 (types, defineConfig from the package, functions), resolving paths against its folder, and leaves no temp file', async () => {
    const dir = project({
      'voipbin-sdkgen.config.ts': `import { defineConfig, type SdkTarget } from 'voipbin-sdkgen';
const agent: SdkTarget = { name: 'agent', output: 'out/agent', flavor: 'service-agent', spec: './spec.yaml' };
export default defineConfig({
  sdks: [
    { output: './sdk', spec: 'spec.yaml', reasons: ['r.rst'], flavor: 'lite', templates: 'tpl', naming: { operation: ({ name }: { name: string }) => name.toUpperCase() } },
    agent,
  ],
});
`,
    });
    const targets = await loadConfigFile(join(dir, 'voipbin-sdkgen.config.ts'));
    expect(targets.map((target) => [target.name, target.output, target.config.cwd])).toEqual([
      ['./sdk', join(dir, 'sdk'), dir],
      ['agent', join(dir, 'out/agent'), dir],
    ]);
    expect(targets[0]!.config).toMatchObject({ spec: 'spec.yaml', reasons: ['r.rst'], flavor: 'lite', templates: 'tpl' });
    const naming = targets[0]!.config.naming as { operation: (input: { name: string }) => string };
    expect(naming.operation({ name: 'list' })).toBe('LIST');
    expect(readdirSync(dir)).toEqual(['voipbin-sdkgen.config.ts']);
  });

  it('keeps a transpiled TypeScript config in node_modules/.cache for the next run, by its text', async () => {
    const dir = project({ 'voipbin-sdkgen.config.ts': `import { defineConfig } from 'voipbin-sdkgen/config';\nexport default defineConfig({ sdks: [{ name: 'a' as string, output: 'first' }] });\n` });
    const file = join(dir, 'voipbin-sdkgen.config.ts');
    expect((await loadConfigFile(file)).map((target) => target.output)).toEqual([join(dir, 'first')]);
    const cached = readdirSync(join(root, 'node_modules/.cache/voipbin-sdkgen/config')).map((name) => join(root, 'node_modules/.cache/voipbin-sdkgen/config', name));
    const kept = cached.find((path) => readFileSync(path, 'utf8').includes("output: 'first'"));
    expect(kept).toBeDefined();
    expect(readFileSync(kept!, 'utf8')).not.toContain(' as string');
    // A planted text shows through: the config was not transpiled again.
    writeFileSync(kept!, readFileSync(kept!, 'utf8').replace("'first'", "'planted'"));
    expect((await loadConfigFile(file)).map((target) => target.output)).toEqual([join(dir, 'planted')]);
    // An edited config is transpiled again.
    writeFileSync(file, readFileSync(file, 'utf8').replace("'first'", "'second'"));
    expect((await loadConfigFile(file)).map((target) => target.output)).toEqual([join(dir, 'second')]);
    expect(readdirSync(dir)).toEqual(['voipbin-sdkgen.config.ts']);
  });

  it('names the file and every unknown key or bad value, with the keys it knows', async () => {
    const file = join(
      project({
        'voipbin-sdkgen.config.json': JSON.stringify({
          sdks: [{ output: 'a', flavr: 'lite' }, { output: 'b', flavor: 'liet', filters: { include: { pathz: ['/x'] } }, naming: 'camel' }, { spec: 3 }],
        }),
      }),
      'voipbin-sdkgen.config.json',
    );
    const error = await problemsOf(file);
    expect(error.file).toBe(file);
    expect(error.message.startsWith(file)).toBe(true);
    expect(error.problems).toEqual([
      expect.stringMatching(/^sdks\[0\]\.flavr: unknown key; known keys: name, output, spec, .*flavor/),
      'sdks[1].flavor: expected one of full, lite, zod, service-agent, got "liet"',
      'sdks[1].filters.include.pathz: unknown key; known keys: tags, paths, methods, operations',
      'sdks[1].naming: expected one of path, operationId, got "camel"',
      'sdks[2].spec: expected a string, got number 3',
      'sdks[2].output: required',
    ]);
  });

  it('reports a JSON syntax error with its line, a TypeScript one with its line, and a missing default export', async () => {
    const json = join(project({ 'voipbin-sdkgen.config.json': '{\n  "sdks": [\n    { "output": "a", }\n  ]\n}' }), 'voipbin-sdkgen.config.json');
    expect((await problemsOf(json)).problems[0]).toMatch(/^line 3: not valid JSON/);
    const ts = join(project({ 'voipbin-sdkgen.config.ts': 'export default {\n  sdks: [\n    { output: "a" ]\n};\n' }), 'voipbin-sdkgen.config.ts');
    expect((await problemsOf(ts)).problems[0]).toMatch(/^line 3: /);
    const mjs = join(project({ 'voipbin-sdkgen.config.mjs': 'export const sdks = [];\n' }), 'voipbin-sdkgen.config.mjs');
    expect((await problemsOf(mjs)).problems[0]).toMatch(/no default export/);
  });

  it('refuses two targets with one name', async () => {
    const file = join(project({ 'voipbin-sdkgen.config.json': JSON.stringify({ sdks: [{ output: 'a', name: 'x' }, { output: 'b', name: 'x' }] }) }), 'voipbin-sdkgen.config.json');
    expect((await problemsOf(file)).problems).toEqual(['sdks: two targets named "x"; give each a distinct name (or output)']);
  });

  it('loads the starter configs that init writes', async () => {
    for (const format of ['ts', 'mjs'] as const) {
      const dir = project({ [`voipbin-sdkgen.config.${format}`]: starterConfig(format) });
      const targets = await loadConfigFile(join(dir, `voipbin-sdkgen.config.${format}`));
      expect(targets.map((target) => [target.name, target.output, target.config.flavor])).toEqual([['backend', join(dir, 'sdk'), 'full']]);
    }
  });

  it("the starters import defineConfig from voipbin-sdkgen/config, which loads one small module, not the generator", () => {
    for (const format of ['ts', 'mjs'] as const) expect(starterConfig(format)).toContain("import { defineConfig } from 'voipbin-sdkgen/config';");
    const entry = join(root, 'node_modules/voipbin-sdkgen/dist/generator/config/index.js');
    const loaded = new Set<string>();
    const visit = (file: string): void => {
      if (loaded.has(file)) return;
      loaded.add(file);
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s[^;]*?from\s*'([^']+)'/gm)) visit(join(dirname(file), specifier!));
    };
    visit(entry);
    expect([...loaded].map((file) => relative(dirname(entry), file))).toEqual(['index.js', 'config-file.js']);
  });
});

describe('findConfigFile', () => {
  it('finds the nearest config from the working folder upward, and refuses two in one folder', () => {
    const dir = project({ 'voipbin-sdkgen.config.mjs': 'export default { sdks: [] };', 'a/b/.keep': '' });
    expect(findConfigFile(join(dir, 'a/b'))).toBe(join(dir, 'voipbin-sdkgen.config.mjs'));
    writeFileSync(join(dir, 'a/voipbin-sdkgen.config.json'), '{"sdks": []}');
    expect(findConfigFile(join(dir, 'a/b'))).toBe(join(dir, 'a/voipbin-sdkgen.config.json'));
    writeFileSync(join(dir, 'a/voipbin-sdkgen.config.ts'), 'export default { sdks: [] };');
    expect(() => findConfigFile(join(dir, 'a/b'))).toThrow(/several config files in one folder/);
  });
});
