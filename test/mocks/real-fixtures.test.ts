import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import type { EmitContext } from '../../generator/emit/emitter.js';
import { emitMocks, fixtureFactoryNames } from '../../generator/emit/mocks/emit-mocks.js';
import { emitContext } from '../support/emit-context.js';
import { describeWithShared, REAL_ERRORS_RST, REAL_SPEC, REPO_ROOT } from '../support/shared.js';
import { specValidator } from '../support/spec-ajv.js';

const SEEDS = [1, 42, 20260101];

function fixturesFile(ctx: EmitContext, seed: number): string {
  const files = emitMocks({ ...ctx, config: { ...ctx.config, seed } });
  return files.find((file) => file.path === 'src/mocks/fixtures.ts')?.contents ?? '';
}

describeWithShared('fixture factories of the real spec', () => {
  let ctx: EmitContext;
  let validator: ReturnType<typeof specValidator>;
  beforeAll(async () => {
    ctx = await emitContext({ spec: REAL_SPEC, reasons: [REAL_ERRORS_RST] });
    validator = specValidator(REAL_SPEC);
  });

  it(`cover all ${237} schemas, and every factory's output validates with ajv for seeds ${SEEDS.join(', ')}`, async () => {
    expect(ctx.ir.schemas).toHaveLength(237);
    const names = fixtureFactoryNames(ctx);
    // The factories import the mocks runtime, whose entry imports msw: the repo's node_modules sits beside them.
    const root = mkdtempSync(join(tmpdir(), 'sdkgen-fixtures-'));
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
    const folder = join(root, 'src/mocks');
    mkdirSync(join(folder, 'runtime'), { recursive: true });
    for (const file of emitMocks(ctx)) if (file.path.startsWith('src/mocks/runtime/')) writeFileSync(join(root, file.path), file.contents);
    const texts: string[] = [];
    for (const seed of SEEDS) {
      const text = fixturesFile(ctx, seed);
      texts.push(text);
      const file = join(folder, `fixtures-${seed}.ts`);
      writeFileSync(file, text);
      const factories = (await import(pathToFileURL(file).href)) as Record<string, () => unknown>;
      const failures: string[] = [];
      for (const named of ctx.ir.schemas) {
        const factory = factories[names.get(named.pointer) as string];
        expect(factory, named.name).toBeTypeOf('function');
        const validate = validator(named.pointer);
        if (!validate(factory!())) failures.push(`seed ${seed} ${named.name}: ${JSON.stringify(validate.errors?.slice(0, 2))}`);
      }
      expect(failures).toEqual([]);
    }
    expect(new Set(texts).size, 'different seeds give different data').toBe(SEEDS.length);
  });

  it('are byte-identical on a repeat run with the same seed', () => {
    expect(fixturesFile(ctx, SEEDS[1] as number)).toBe(fixturesFile(ctx, SEEDS[1] as number));
  });
});
