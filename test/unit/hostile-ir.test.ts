import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUNTIME_EXPORTS } from '../../generator/emit/client/emit-client.js';
import { buildIR } from '../../generator/ir/build/build-ir.js';
import { nameOperations } from '../../generator/ir/passes/name-operations.js';
import { nameKey } from '../../generator/ir/name-key.js';
import { api, byLabel, operation, sdkName } from '../support/ir-fixture.js';
import { REPO_ROOT } from '../support/shared.js';

function build(extra: Record<string, unknown>) {
  const document = { openapi: '3.0.3', info: { title: 'T', version: '1' }, paths: {}, ...extra };
  return buildIR({ document, openapi: '3.0', hash: 'h' });
}
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const codes = (diagnostics: { code: string; severity: string; pointer?: string }[]) => diagnostics.map((d) => `${d.severity} ${d.code} ${d.pointer}`);

describe('schema cycles TypeScript cannot alias', () => {
  it('refuses schemas that are only references to each other', () => {
    const { diagnostics } = build({ components: { schemas: { A: ref('B'), B: ref('A'), Self: ref('Self'), Fine: { type: 'string' } } } });
    expect(codes(diagnostics)).toEqual(['error schema-ref-cycle #/components/schemas/A', 'error schema-ref-cycle #/components/schemas/Self']);
    expect(diagnostics[0]?.message).toContain('A → B → A');
  });

  it('breaks a cycle through allOf/oneOf at the reference that closes it, and only there', () => {
    const { ir, diagnostics } = build({
      components: { schemas: { A: { allOf: [ref('B'), { type: 'object' }] }, B: { oneOf: [ref('A'), { type: 'string' }] } } },
    });
    expect(codes(diagnostics)).toEqual(['warning schema-cycle-untypable #/components/schemas/B/oneOf/0']);
    const [a, b] = ir.schemas;
    expect(a?.schema).toMatchObject({ kind: 'intersection', parts: [{ kind: 'ref', target: '#/components/schemas/B' }, { kind: 'object' }] });
    expect(b?.schema).toMatchObject({ kind: 'union', variants: [{ kind: 'unknown', reason: 'reference cycle' }, { kind: 'primitive' }] });
  });

  it('leaves recursion through objects, arrays and maps alone', () => {
    const { diagnostics } = build({
      components: {
        schemas: {
          Tree: { type: 'object', properties: { children: { type: 'array', items: ref('Tree') }, byName: { additionalProperties: ref('Tree') } } },
          ListA: { type: 'array', items: ref('ListB') },
          ListB: { type: 'array', items: ref('ListA') },
          Json: { oneOf: [{ type: 'string' }, { type: 'array', items: ref('Json') }] },
        },
      },
    });
    expect(diagnostics).toEqual([]);
  });
});

describe('broken operations', () => {
  it('reports a repeated operationId at the later operation', () => {
    const responses = { '204': { description: 'ok' } };
    const { diagnostics } = build({ paths: { '/a': { get: { operationId: 'x', responses } }, '/b': { get: { operationId: 'x', responses } } } });
    expect(codes(diagnostics)).toEqual(['error operation-id-duplicate #/paths/~1b/get/operationId']);
    expect(diagnostics[0]?.message).toContain('GET /a');
  });

  it('reports responses of the wrong type as an error, and servers of the wrong type as a warning', () => {
    const { diagnostics } = build({ servers: { url: 'x' }, paths: { '/a': { get: { responses: ['200'] } } } });
    expect(codes(diagnostics)).toEqual(['warning servers-invalid #/servers', 'error expected-object #/paths/~1a/get/responses']);
  });
});

describe('names that collide once sanitised', () => {
  it('nameKey folds case and drops everything but letters and digits', () => {
    expect(['x-y', 'x_y', 'xY', 'X Y'].map(nameKey)).toEqual(['xy', 'xy', 'xy', 'xy']);
    expect(nameKey('通話-1')).toBe('通話1');
  });

  it('gives the later operation a method suffix, with a warning', () => {
    const { ir, diagnostics } = nameOperations(api({ operations: [operation('post', '/calls/{id}/x-y'), operation('put', '/calls/{id}/x_y')] }));
    const byOp = byLabel(ir.operations);
    expect(sdkName(byOp.get('POST /calls/{id}/x-y')!)).toBe('calls.x-y');
    expect(sdkName(byOp.get('PUT /calls/{id}/x_y')!)).toBe('calls.update_x_y');
    expect(diagnostics).toEqual([]);

    const clash = nameOperations(api({ operations: [operation('post', '/calls/{id}/x-y'), operation('post', '/calls/{id}/x_y')] }));
    expect(clash.ir.operations.map(sdkName)).toEqual(['calls.x-y', 'calls.x_y_post']);
    expect(codes(clash.diagnostics)).toEqual(['warning operation-name-collision #/paths/~1calls~1{id}~1x_y/post']);
  });

  it('reports sibling resources that sanitise alike, once each', () => {
    const { diagnostics } = nameOperations(api({ operations: [operation('get', '/call-logs'), operation('post', '/call_logs'), operation('get', '/call_logs')] }));
    expect(codes(diagnostics)).toEqual(['warning resource-name-collision #/paths/~1call_logs/post']);
  });
});

describe('names the runtime takes', () => {
  it('every PascalCase export of the runtime is reserved, so no model or resource class shadows it', () => {
    const index = readFileSync(join(REPO_ROOT, 'templates/runtime/index.ts'), 'utf8');
    const exported = [...index.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)]
      .flatMap((match) => (match[1] as string).split(','))
      .map((name) => name.trim().replace(/^type\s+/, '').split(/\s+as\s+/).pop() as string)
      .filter((name) => /^[A-Z]/.test(name));
    expect(exported.length).toBeGreaterThan(20);
    expect(exported.filter((name) => !RUNTIME_EXPORTS.includes(name))).toEqual([]);
  });
});
