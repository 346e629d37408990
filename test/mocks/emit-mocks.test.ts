import { beforeAll, describe, expect, it } from 'vitest';
import type { EmitContext, GeneratedFile } from '../../generator/emit/emitter.js';
import { emitMocks } from '../../generator/emit/mocks/emit-mocks.js';
import { valueLiteral } from '../../generator/emit/naming/literals.js';
import { emitContext } from '../support/emit-context.js';

describe('valueLiteral', () => {
  it('prints JSON as TypeScript with every string escaped and __proto__ kept a plain key', () => {
    expect(valueLiteral({ a: [1, true, null], 'b-c': '</script>\u2028', __proto__x: 0 })).toBe('{ a: [1, true, null], "b-c": "<\\/script>\\u2028", __proto__x: 0 }');
    expect(valueLiteral(JSON.parse('{"__proto__": 1}'))).toBe('{ ["__proto__"]: 1 }');
    expect(valueLiteral({ nested: { x: 1 } }, (value) => ('x' in value ? 'made()' : undefined))).toBe('{ nested: made() }');
  });
});

describe('emitMocks on the example spec', () => {
  let ctx: EmitContext;
  let files: Map<string, string>;
  beforeAll(async () => {
    ctx = await emitContext({});
    files = new Map(emitMocks(ctx).map((file: GeneratedFile) => [file.path, file.contents]));
  });

  it('emits fixtures, the operation table, the reason catalog, the entry point and the runtime', () => {
    expect([...files.keys()].filter((path) => !path.includes('/runtime/'))).toEqual(['src/mocks/fixtures.ts', 'src/mocks/operations.ts', 'src/mocks/reasons.ts', 'src/mocks/index.ts']);
    expect([...files.keys()]).toContain('src/mocks/runtime/define-mocks.ts');
  });

  it('prints one factory per model, nested models as calls to their factories', () => {
    const fixtures = files.get('src/mocks/fixtures.ts') as string;
    expect(fixtures.match(/^export const mock\w+ = /gm)).toHaveLength(ctx.ir.schemas.length);
    expect(fixtures).toMatch(/export const mockCallManagerCall = \(overrides\?: Partial<CallManagerCall>\): CallManagerCall => withOverrides<CallManagerCall>\(overrides, \{ [^]*?source: mockCommonAddress\(\),[^]*?\}\);/);
    expect(fixtures).toContain("import { withOverrides } from './runtime/index.js';");
    expect(fixtures).toMatch(/export const mockCallManagerCallStatus = \(\): CallManagerCallStatus => "\w+";/);
  });

  it('keys operations by SDK call path, imports only the factories and builders it uses, and types reasons per operation', () => {
    const operations = files.get('src/mocks/operations.ts') as string;
    expect(operations).toMatch(/"calls\.hangup": jsonOperation\("post", "\/calls\/\{id\}\/hangup", 200, mockCallManagerCall\)/);
    expect(operations).toMatch(/"calls\.list": jsonOperation\("get", "\/calls", 200, \(\) => \(\{ [^]*?result: \[mockCallManagerCall\(\)\][^]*?\), LIST_PAGE\)/);
    expect(operations).toMatch(/const LIST_PAGE: MockPage = \{ itemsField: "result"/);
    const builders = /import \{ ([^}]+) \} from '\.\/runtime\/index\.js'/.exec(operations)?.[1]?.split(', ') ?? [];
    expect(builders).toContain('type MockOperation');
    for (const name of builders.filter((builder) => !builder.startsWith('type '))) expect(operations.split(`${name}(`).length, name).toBeGreaterThan(1);
    const imported = /import \{ ([^}]+) \} from '\.\/fixtures\.js'/.exec(operations)?.[1]?.split(', ') ?? [];
    expect(imported.length).toBeGreaterThan(0);
    for (const name of imported) expect(operations.split(new RegExp(`\\b${name}\\b`)).length, name).toBeGreaterThan(2);
    const reasons = files.get('src/mocks/reasons.ts') as string;
    expect(reasons).toMatch(/"calls\.hangup": CommonReason \| [^;]*"CALL_ALREADY_HANGUP"/);
    expect(reasons).toMatch(/CALL_ALREADY_HANGUP: \{ http: 409, status: "FAILED_PRECONDITION", message: "[^"]+" \}/);
  });

  it('changes fixture data with the seed only where no example decides it', () => {
    const other = emitMocks({ ...ctx, config: { ...ctx.config, seed: 99 } }).find((file) => file.path === 'src/mocks/fixtures.ts')?.contents;
    expect(other).not.toBe(files.get('src/mocks/fixtures.ts'));
    expect(other).toContain("id: '3f6d1c2e-8a47-4b9e-9c1d-0e2a7b5f4c11'".replace(/'/g, '"'));
  });
});

describe('the main entry of a generated SDK', () => {
  it('never reaches the mocks or msw, so apps that do not use mocks do not bundle them', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { REPO_ROOT } = await import('../support/shared.js');
    const src = join(REPO_ROOT, 'output-samples/full/src');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts') && !file.startsWith('mocks'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(readFileSync(join(src, file), 'utf8'), file).not.toMatch(/from '(msw|[./]*mocks\/)/);
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'output-samples/full/package.json'), 'utf8'));
    expect(manifest.exports['./mocks']).toEqual({ types: './dist/mocks/index.d.ts', import: './dist/mocks/index.js' });
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.peerDependenciesMeta.msw.optional).toBe(true);
  });
});
