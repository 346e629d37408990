import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate, type SdkgenConfig } from '../../generator/index.js';
import { TemplateOverrideError, TemplateSet } from '../../generator/emit/templates.js';
import { generateSdkToTemp, typecheck } from '../support/generate-to-temp.js';
import { REPO_ROOT } from '../support/shared.js';

const SPEC = join(REPO_ROOT, 'test/fixtures/config-project/openapi.yaml');
const tmp = mkdtempSync(join(tmpdir(), 'sdkgen-hooks-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(config: SdkgenConfig) {
  return generate({ spec: SPEC, format: false, ...config });
}

async function failure(config: SdkgenConfig) {
  const result = await run(config);
  if (result.ok) throw new Error('expected generation to fail');
  return result.diagnostics.filter((d) => d.severity === 'error');
}

describe('template overrides', () => {
  it('an override naming no built-in template is an error listing the valid names', () => {
    writeFileSync(join(tmp, 'READ_ME.md.hbs'), '# nope');
    const error = (() => {
      try {
        new TemplateSet(undefined, [tmp]);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(TemplateOverrideError);
    expect((error as Error).message).toBe(`${join(tmp, 'READ_ME.md.hbs')} overrides no template. Name an override after one of: README.md, package.json, tsconfig.json.`);
  });

  it('generate() reports a missing override folder as an error naming it, and writes nothing', async () => {
    const [error] = await failure({ templates: 'no-such-folder', cwd: tmp });
    expect(error).toMatchObject({ code: 'template-override', file: join(tmp, 'no-such-folder') });
  });

  it('a partial overrides by its name too, and later folders win', () => {
    const builtin = join(tmp, 'builtin');
    const first = join(tmp, 'first');
    const second = join(tmp, 'second');
    for (const dir of [builtin, first, second]) rmSync(dir, { recursive: true, force: true });
    for (const [dir, files] of [
      [builtin, { 'page.hbs': '[{{> part}}]', '_part.hbs': 'built-in' }],
      [first, { '_part.hbs': 'first' }],
      [second, { '_part.hbs': 'second {{name}}' }],
    ] as const) {
      mkdirSync(dir);
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    }
    expect(new TemplateSet(builtin, []).render('page', {})).toBe('[built-in]');
    expect(new TemplateSet(builtin, [first, second]).render('page', { name: 'x' })).toBe('[second x]');
  });
});

describe('naming hooks', () => {
  it('rename resources (property and class) and method arguments', async () => {
    const result = await run({
      naming: {
        resource: ({ path }) => (path.join('/') === 'calls' ? { property: 'phoneCalls', className: 'PhoneCalls' } : undefined),
        property: ({ wireName }) => (wireName === 'page_size' ? 'limit' : undefined),
      },
    });
    if (!result.ok) throw new Error('generation failed');
    const client = result.files.find((file) => file.path === 'src/client.ts')!.contents;
    expect(client).toContain('readonly phoneCalls: PhoneCalls;');
    const calls = result.files.find((file) => file.path === 'src/resources/calls.ts')!.contents;
    expect(calls).toContain('limit?: number;');
    expect(calls).toContain('query: { page_size: params.limit');
  });

  it('a name that is not an identifier stops generation with the hook, the value and the default', async () => {
    const [error] = await failure({ naming: { operation: ({ name }) => (name === 'get' ? 'get call' : undefined) } });
    expect(error).toMatchObject({ code: 'naming-hook' });
    expect(error!.message).toBe('naming.operation returned "get call" instead of "get": not a valid identifier. Return an identifier, or undefined to keep the default.');
    const [typeError] = await failure({ naming: { model: () => 'class' } });
    expect(typeError!.message).toMatch(/^naming\.model returned "class" instead of "\w+": not a valid type name/);
  });
});

describe('IR and post-generate hooks', () => {
  it('transformIR edits a copy of the IR before emitting; afterGenerate adds files that the manifest then lists', async () => {
    const result = await run({
      hooks: {
        transformIR: (ir) => {
          ir.operations = ir.operations.filter((operation) => operation.method === 'get' && operation.path === '/calls');
          ir.resources = ir.resources.filter((resource) => resource.name === 'calls').map((resource) => ({ ...resource, operations: resource.operations.slice(0, 1) }));
        },
        afterGenerate: (files, info) => [...files, { path: 'NOTICE', contents: `${info.packageName} (${info.flavor}): ${info.operations} operation(s)\n` }],
      },
    });
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
    expect(result.files.find((file) => file.path === 'NOTICE')?.contents).toBe('voipbin-sdk (full): 1 operation(s)\n');
    expect(result.files.some((file) => file.path === 'src/resources/service-agents.ts')).toBe(false);
    expect(JSON.parse(result.files.find((file) => file.path === '.voipbin-sdkgen-manifest.json')!.contents).files).toHaveProperty('NOTICE');
  });

  it('a hook that throws, or returns a path outside the SDK, is an error naming the hook', async () => {
    const [thrown] = await failure({ hooks: { transformIR: () => { throw new Error('boom'); } } });
    expect(thrown).toMatchObject({ code: 'hook-failed', message: 'hooks.transformIR threw: boom' });
    const [escaping] = await failure({ hooks: { afterGenerate: (files) => [...files, { path: '../x', contents: '' }] } });
    expect(escaping!.message).toMatch(/^hooks\.afterGenerate returned a file that is not \{ path, contents \} with a relative path inside the SDK: "\.\.\/x"/);
  });
});

describe('custom flavors', () => {
  it('name emitters by registered name; an unknown one is an error listing the registered emitters', async () => {
    const [error] = await failure({ flavor: { extends: 'lite', emitters: ['types', 'functoins'] } });
    expect(error).toMatchObject({ code: 'unknown-emitter' });
    expect(error!.message).toBe('Flavor "lite" names emitter(s) "functoins" that do not exist; emitters are: types, client, errors, mocks, functions, zod.');
  });

  it('lite plus the errors emitter: functions get per-operation reason types, createClient retries by reason, and the SDK type-checks', async () => {
    const { dir, result } = await generateSdkToTemp({ flavor: { extends: 'lite', emitters: ['types', 'functions', 'errors'] }, format: false });
    const text = (path: string) => result.files.find((file) => file.path === path)?.contents ?? '';
    expect(text('src/reasons.ts')).toContain('export function isRetryableReason(');
    expect(text('src/client.ts')).toContain("import { isRetryableReason } from './reasons.js';");
    expect(text('src/client.ts')).toContain('isRetryableReason });');
    expect(text('src/index.ts')).toContain("export * from './reasons.js';");
    const calls = text('src/operations/calls.ts');
    expect(calls).toMatch(/export type CallsHangupErrorReason = OperationErrorReasons\[["']calls\.hangup["']\];/);
    expect(calls).toMatch(/export function callsHangup\([^)]*\): ApiPromise<CallManagerCall, CallsHangupErrorReason>/);
    expect(calls).toMatch(/operation: ["']calls\.hangup["']/);
    expect(typecheck(dir, '5.9')).toEqual({ status: 0, output: '' });
  }, 60_000);

  it('a flavor name that is not built in (from code, past the config checks) is an error listing the flavors', async () => {
    const [error] = await failure({ flavor: 'liet' as 'lite' });
    expect(error).toMatchObject({ code: 'unknown-flavor', message: 'No built-in flavor "liet"; flavors are: full, lite, zod, service-agent.' });
  });

  it('options over a built-in flavor: zod with request checks', async () => {
    const result = await run({ flavor: 'zod', options: { zod: { requests: true, responses: false } } });
    if (!result.ok) throw new Error('generation failed');
    const checks = result.files.find((file) => file.path === 'src/validation/operations.ts')!.contents;
    expect(checks).not.toMatch(/Response = check/);
    expect(result.config.flavor.options.zod).toEqual({ requests: true, responses: false });
  });
});
