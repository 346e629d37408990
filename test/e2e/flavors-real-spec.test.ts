import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bundleSize, ONE_OPERATION_APP, type BundleSize } from '../../bench/bundle-size.js';
import { generate, writeOutput, type GenerateResult } from '../../generator/index.js';
import { modelNames } from '../../generator/emit/client/emit-client.js';
import { describeWithShared, REAL_ERRORS_RST, REAL_SPEC, REPO_ROOT } from '../support/shared.js';
import { TSC } from '../support/generate-to-temp.js';

/**
 * The lite one-operation bundle budget, min+gzip bytes. Measured 5,736 B
 * (calls.list, esbuild 0.28, real spec of 410 operations; full: 11,184 B);
 * the budget leaves ~15% for the runtime to grow before someone looks.
 */
const LITE_BUDGET_GZIP = 6_600;

type Ok = Extract<GenerateResult, { ok: true }>;

describeWithShared('built-in flavors on the real VoIPBIN spec', () => {
  const root = mkdtempSync(join(tmpdir(), 'sdkgen-flavors-'));
  const results = new Map<string, Ok>();
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  beforeAll(async () => {
    // Unformatted: prettier changes no types and would double the time.
    for (const flavor of ['full', 'lite', 'zod', 'service-agent'] as const) {
      const result = await generate({ spec: REAL_SPEC, reasons: [REAL_ERRORS_RST], flavor, format: false });
      if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
      writeOutput(join(root, flavor), result.files, { cwd: root });
      results.set(flavor, result);
    }
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  }, 240_000);

  it('lite and zod keep every operation; service-agent keeps only /service_agents ones; zod alone depends on zod', () => {
    const full = results.get('full')!;
    expect(results.get('lite')!.stats.operations).toBe(full.stats.operations);
    expect(results.get('zod')!.stats.operations).toBe(full.stats.operations);
    const agent = results.get('service-agent')!;
    expect(agent.stats.operations).toBe(full.ir.operations.filter((operation) => operation.path.startsWith('/service_agents/')).length);
    expect(agent.stats.operations).toBeGreaterThan(0);
    const dependencies = (flavor: string) => (JSON.parse(readFileSync(join(root, flavor, 'package.json'), 'utf8')) as { dependencies?: object }).dependencies;
    expect(dependencies('zod')).toEqual({ zod: expect.stringMatching(/^\^4\./) });
    for (const flavor of ['full', 'lite', 'service-agent']) expect(dependencies(flavor)).toBeUndefined();
  });

  it('lite, zod and service-agent type-check together under the strict settings (full: sdk-typecheck.test.ts)', () => {
    const generated = JSON.parse(readFileSync(join(root, 'lite/tsconfig.json'), 'utf8')) as { compilerOptions: Record<string, unknown> };
    expect(generated.compilerOptions).toMatchObject({ strict: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true });
    // One program over the three SDKs: one tsc start-up instead of three.
    const { outDir: _outDir, ...options } = generated.compilerOptions;
    const tsconfig = { compilerOptions: { ...options, rootDir: '.', noEmit: true }, include: ['lite/src', 'zod/src', 'service-agent/src'] };
    writeFileSync(join(root, 'tsconfig.json'), JSON.stringify(tsconfig));
    const run = spawnSync(process.execPath, [TSC['5.9'], '-p', join(root, 'tsconfig.json')], { encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 180_000);

  it('service-agent: its resources call only /service_agents paths, and every model is reachable from them', () => {
    const sdk = join(root, 'service-agent/src');
    const resourceFiles = readdirSync(join(sdk, 'resources')).map((file) => readFileSync(join(sdk, 'resources', file), 'utf8'));
    const paths = resourceFiles.flatMap((text) => [...text.matchAll(/\bpath: [`'"]([^`'"]*)/g)].map((match) => match[1]!));
    expect(paths.length).toBe(results.get('service-agent')!.stats.operations);
    expect(paths.filter((path) => !path.startsWith('/service_agents/'))).toEqual([]);

    const models = modelDeclarations(readFileSync(join(sdk, 'models.ts'), 'utf8'));
    const ir = results.get('service-agent')!.ir;
    const envelope = ir.errors.envelope ? modelNames(ir.schemas, {}, 'VoipbinClient').names.get(ir.errors.envelope) : undefined;
    const roots = resourceFiles.flatMap((text) => /import type \{([^}]*)\} from '\.\.\/models\.js'/.exec(text)?.[1]?.split(',').map((name) => name.trim()) ?? []);
    const reached = reachable([...roots, ...(envelope ? [envelope] : [])], models);
    expect([...models.keys()].filter((name) => !reached.has(name))).toEqual([]);
    expect(models.size).toBeLessThan(results.get('full')!.stats.schemas);
  });

  it(`lite: a one-operation app bundles (min+gzip) within ${LITE_BUDGET_GZIP} B and under 60% of full`, async () => {
    const sizes: Record<string, BundleSize> = {
      full: await bundleSize(ONE_OPERATION_APP.resources(join(root, 'full')), root),
      lite: await bundleSize(ONE_OPERATION_APP.functions(join(root, 'lite')), root),
    };
    console.info(`one-operation bundle, min / gzip bytes: full ${sizes.full!.minified} / ${sizes.full!.gzip}, lite ${sizes.lite!.minified} / ${sizes.lite!.gzip}`);
    expect(sizes.lite!.gzip).toBeLessThanOrEqual(LITE_BUDGET_GZIP);
    expect(sizes.lite!.gzip).toBeLessThan(sizes.full!.gzip * 0.6);
  });
});

/** `export interface X` / `export type X` / `export const X` → the declaration's text, by name. */
function modelDeclarations(text: string): Map<string, string> {
  const declarations = new Map<string, string>();
  const parts = text.split(/^(?=(?:\/\*\*[\s\S]*?\*\/\n)?export (?:interface|type|const) )/m);
  for (const part of parts) {
    const name = /export (?:interface|type|const) (\w+)/.exec(part)?.[1];
    if (name) declarations.set(name, (declarations.get(name) ?? '') + part);
  }
  return declarations;
}

function reachable(roots: string[], declarations: Map<string, string>): Set<string> {
  const reached = new Set<string>();
  const pending = roots.filter((name) => declarations.has(name));
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (reached.has(name)) continue;
    reached.add(name);
    for (const word of declarations.get(name)!.match(/\b[A-Z]\w*/g) ?? []) if (declarations.has(word) && !reached.has(word)) pending.push(word);
  }
  return reached;
}
