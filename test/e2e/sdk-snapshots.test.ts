import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, type GeneratedFile } from '../../generator/index.js';
import { typecheck } from '../support/generate-to-temp.js';
import { COPIED_DIRS, copiedDirs, FLAVORS, flavorConfig, SCENARIOS, sampleCopy, scenarioSpec, sdkSnapshotDir } from '../support/scenarios.js';
import { REPO_ROOT } from '../support/shared.js';

/**
 * Layer 3: scenario × flavor, a file snapshot per generated file (update with
 * `npx vitest run test/e2e/sdk-snapshots.test.ts -u`). The runtimes under
 * src/core/ and src/mocks/runtime/ are the same verbatim copies in every SDK:
 * they are compared with output-samples/full rather than stored per scenario.
 */
const generated = new Map<string, GeneratedFile[]>();
const tmp = mkdtempSync(join(tmpdir(), 'sdkgen-snapshots-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

beforeAll(async () => {
  for (const scenario of SCENARIOS) {
    for (const flavor of FLAVORS) {
      const result = await generate({ spec: scenarioSpec(scenario), cwd: REPO_ROOT, ...flavorConfig(flavor) });
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
      const isCopy = (file: GeneratedFile) => COPIED_DIRS.some((dir) => file.path.startsWith(dir));
      const own = () => files().filter((file) => !isCopy(file));

      it('every generated file matches its snapshot', async () => {
        for (const file of own()) await expect(file.contents, file.path).toMatchFileSnapshot(join(sdkSnapshotDir(scenario, flavor), file.path));
      });

      it('the snapshot folder holds exactly the generated files (no stale ones)', () => {
        expect(filesIn(sdkSnapshotDir(scenario, flavor))).toEqual(own().map((file) => file.path).sort());
      });

      it('has exactly the copied folders of its flavor', () => {
        expect(COPIED_DIRS.filter((dir) => files().some((file) => file.path.startsWith(dir)))).toEqual(copiedDirs(flavor));
      });

      for (const dir of copiedDirs(flavor)) {
        it(`${dir} is the copy in output-samples/full, below the header`, () => {
          const copied = files().filter((file) => file.path.startsWith(dir) && !COPIED_DIRS.some((other) => other !== dir && other.startsWith(dir) && file.path.startsWith(other)));
          expect(copied.map((file) => file.path.slice(dir.length)).sort()).toEqual(filesIn(sampleCopy(dir)));
          for (const file of copied) expect(body(file.contents), file.path).toBe(body(readFileSync(join(sampleCopy(dir), file.path.slice(dir.length)), 'utf8')));
        });
      }
    });
  }
}

describe('SDK snapshots type-check under the strict tsconfig', () => {
  it('every scenario × flavor, as committed (plus the runtime), compiles with zero errors on TypeScript 5.9', () => {
    const root = join(tmp, 'all');
    const include: string[] = [];
    cpSync(sdkSnapshotDir(SCENARIOS[0], FLAVORS[0]), join(root, SCENARIOS[0], FLAVORS[0]), { recursive: true });
    // The mocks import msw (an optional peer of the SDK): resolve it from ours.
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
    for (const scenario of SCENARIOS) {
      for (const flavor of FLAVORS) {
        const dir = join(root, scenario, flavor);
        cpSync(sdkSnapshotDir(scenario, flavor), dir, { recursive: true });
        for (const copied of copiedDirs(flavor)) cpSync(sampleCopy(copied), join(dir, copied), { recursive: true });
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
