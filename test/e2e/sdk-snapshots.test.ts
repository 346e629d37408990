import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, type GeneratedFile } from '../../generator/index.js';
import { typecheck } from '../support/generate-to-temp.js';
import { FLAVORS, RUNTIME_DIR, SAMPLE_RUNTIME, SCENARIOS, scenarioSpec, sdkSnapshotDir } from '../support/scenarios.js';
import { REPO_ROOT } from '../support/shared.js';

/**
 * Layer 3: scenario × flavor, a file snapshot per generated file (update with
 * `npx vitest run test/e2e/sdk-snapshots.test.ts -u`). The runtime under
 * src/core/ is the same verbatim copy in every SDK: it is compared with
 * output-samples/full rather than stored once per scenario.
 */
const generated = new Map<string, GeneratedFile[]>();
const tmp = mkdtempSync(join(tmpdir(), 'sdkgen-snapshots-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

beforeAll(async () => {
  for (const scenario of SCENARIOS) {
    for (const flavor of FLAVORS) {
      const result = await generate({ spec: scenarioSpec(scenario), cwd: REPO_ROOT });
      if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
      generated.set(`${scenario}/${flavor}`, result.files);
    }
  }
}, 120_000);

function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Everything after the header line. */
function body(text: string): string {
  return text.slice(text.indexOf('\n') + 1);
}

for (const scenario of SCENARIOS) {
  for (const flavor of FLAVORS) {
    describe(`SDK snapshot ${scenario} × ${flavor}`, () => {
      const files = () => generated.get(`${scenario}/${flavor}`) as GeneratedFile[];
      const own = () => files().filter((file) => !file.path.startsWith(RUNTIME_DIR));

      it('every generated file matches its snapshot', async () => {
        for (const file of own()) await expect(file.contents, file.path).toMatchFileSnapshot(join(sdkSnapshotDir(scenario, flavor), file.path));
      });

      it('the snapshot folder holds exactly the generated files (no stale ones)', () => {
        expect(filesIn(sdkSnapshotDir(scenario, flavor))).toEqual(own().map((file) => file.path).sort());
      });

      it('src/core/ is the runtime of output-samples/full, below the header', () => {
        const runtime = files().filter((file) => file.path.startsWith(RUNTIME_DIR));
        expect(runtime.map((file) => file.path.slice(RUNTIME_DIR.length)).sort()).toEqual(filesIn(SAMPLE_RUNTIME));
        for (const file of runtime) expect(body(file.contents), file.path).toBe(body(readFileSync(join(SAMPLE_RUNTIME, file.path.slice(RUNTIME_DIR.length)), 'utf8')));
      });
    });
  }
}

describe('SDK snapshots type-check under the strict tsconfig', () => {
  it('every scenario × flavor, as committed (plus the runtime), compiles with zero errors on TypeScript 5.9', () => {
    const root = join(tmp, 'all');
    const include: string[] = [];
    for (const scenario of SCENARIOS) {
      for (const flavor of FLAVORS) {
        const dir = join(root, scenario, flavor);
        cpSync(sdkSnapshotDir(scenario, flavor), dir, { recursive: true });
        cpSync(SAMPLE_RUNTIME, join(dir, RUNTIME_DIR), { recursive: true });
        include.push(`${scenario}/${flavor}/src`);
      }
    }
    // One compilation for all of them, with the compiler options of the generated tsconfig.
    const strict = JSON.parse(readFileSync(join(root, SCENARIOS[0], FLAVORS[0], 'tsconfig.json'), 'utf8')) as { compilerOptions: Record<string, unknown> };
    expect(strict.compilerOptions).toMatchObject({ strict: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true });
    const { rootDir: _rootDir, ...options } = strict.compilerOptions;
    writeFileSync(join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, include }));
    const result = typecheck(root, '5.9');
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  }, 120_000);
});
