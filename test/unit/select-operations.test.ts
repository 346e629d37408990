import { describe, expect, it } from 'vitest';
import { filterOperations } from '../../generator/ir/passes/filter-operations.js';
import { globPattern } from '../../generator/ir/passes/glob.js';
import { pruneSchemas } from '../../generator/ir/passes/prune-schemas.js';
import { selectOperations } from '../../generator/ir/passes/select-operations.js';
import type { ApiIR, OperationIR } from '../../generator/ir/types.js';
import { api, componentPointer, jsonResponse, namedSchema, operation, parameter, schema, type OperationOverrides } from '../support/ir-fixture.js';

function op(method: OperationIR['method'], path: string, resource: string[], rawName: string, extra: OperationOverrides = {}): OperationIR {
  return operation(method, path, { resource, rawName, ...extra });
}

const operations = [
  op('get', '/calls', ['calls'], 'list', { tags: ['Call'] }),
  op('delete', '/calls/{id}', ['calls'], 'delete', { tags: ['Call'] }),
  op('post', '/calls/{id}/hangup', ['calls'], 'hangup', { tags: ['Call'], operationId: 'hangupCall' }),
  op('get', '/service_agents/calls', ['service_agents', 'calls'], 'list', { tags: ['Service Agent'] }),
  op('get', '/service_agents/calls/{id}/media', ['service_agents', 'calls'], 'get_media', { tags: ['Service Agent'] }),
  op('get', '/service_agents', ['service_agents'], 'get', { tags: ['Service Agent'] }),
  op('get', '/service_agentsx', ['service_agentsx'], 'list'),
];
const ir = api({ operations });
const kept = (result: ApiIR) => result.operations.map((o) => `${o.method.toUpperCase()} ${o.path}`);

describe('globPattern', () => {
  it('matches one segment with *, any depth with **, and a trailing /** also matches the folder itself', () => {
    const glob = (text: string) => globPattern(text, '/');
    expect(glob('/calls/*').test('/calls/{id}')).toBe(true);
    expect(glob('/calls/*').test('/calls/{id}/hangup')).toBe(false);
    expect(glob('/calls/**').test('/calls/{id}/hangup')).toBe(true);
    expect(glob('/calls/**').test('/calls')).toBe(true);
    expect(glob('/calls/**').test('/callsx')).toBe(false);
    expect(glob('/a/**/c').test('/a/b/b/c')).toBe(true);
    expect(glob('/a.b(c)').test('/a.b(c)')).toBe(true);
    expect(glob('/a.b(c)').test('/aXb(c)')).toBe(false);
    expect(globPattern('calls.*', '.').test('calls.list')).toBe(true);
    expect(globPattern('calls.*', '.').test('calls.recordings.list')).toBe(false);
  });
});

describe('filterOperations', () => {
  it('keeps what a path glob includes', () => {
    expect(kept(filterOperations(ir, [{ include: { paths: ['/service_agents/**'] } }]))).toEqual([
      'GET /service_agents/calls',
      'GET /service_agents/calls/{id}/media',
      'GET /service_agents',
    ]);
  });

  it('filters by tag, method (any case) and operation name (operationId or raw SDK path, ignoring case and _)', () => {
    expect(kept(filterOperations(ir, [{ include: { tags: ['Call'] }, exclude: { methods: ['DELETE'] } }]))).toEqual(['GET /calls', 'POST /calls/{id}/hangup']);
    expect(kept(filterOperations(ir, [{ include: { operations: ['HANGUPCALL'] } }]))).toEqual(['POST /calls/{id}/hangup']);
    expect(kept(filterOperations(ir, [{ include: { operations: ['serviceAgents.calls.*'] } }]))).toEqual([
      'GET /service_agents/calls',
      'GET /service_agents/calls/{id}/media',
    ]);
  });

  it('needs every criterion of one selector (AND), any selector of a list (OR), and every filter of the list', () => {
    expect(kept(filterOperations(ir, [{ include: { tags: ['Service Agent'], methods: ['get'], paths: ['/service_agents/calls/**'] } }]))).toEqual([
      'GET /service_agents/calls',
      'GET /service_agents/calls/{id}/media',
    ]);
    expect(kept(filterOperations(ir, [{ include: [{ paths: ['/calls'] }, { operations: ['service_agents.get'] }] }]))).toEqual(['GET /calls', 'GET /service_agents']);
    expect(kept(filterOperations(ir, [{ include: { tags: ['Call'] } }, { exclude: { paths: ['/calls/*'] } }]))).toEqual(['GET /calls', 'POST /calls/{id}/hangup']);
  });

  it('returns the same IR when nothing is dropped', () => {
    expect(filterOperations(ir, [{ exclude: { tags: ['nothing'] } }])).toBe(ir);
  });
});

describe('pruneSchemas', () => {
  const schemas = [
    namedSchema('Call', schema.object({ id: schema.string(), 'owner?': schema.ref('Agent') })),
    namedSchema('Agent', schema.object({ 'tags?': schema.array(schema.ref('Tag')), 'self?': schema.ref('Agent') })),
    namedSchema('Tag', schema.string()),
    namedSchema('Filter', schema.object({})),
    namedSchema('Unused', schema.object({ 'call?': schema.ref('Call') })),
    namedSchema('Envelope', schema.object({ error: schema.unknown() })),
    namedSchema('Cat', schema.object({})),
    namedSchema('Dog', schema.object({})),
    namedSchema('Pet', schema.union([], { discriminator: { propertyName: 'kind', mapping: [{ value: 'cat', target: componentPointer('Cat') }] } })),
    namedSchema('Page', schema.object({ 'next_page_token?': schema.string() })),
    namedSchema('Item', schema.object({})),
  ];
  const page = schema.intersection([schema.ref('Page'), schema.object({ 'result?': schema.array(schema.ref('Item')) })]);
  const uses = [
    op('get', '/calls/{id}', ['calls'], 'get', { returns: schema.ref('Call') }),
    op('delete', '/calls/{id}', ['calls'], 'delete', { responses: [jsonResponse('404', schema.ref('Unused'))] }),
    op('get', '/calls', ['calls'], 'list', { params: { query: [parameter('filter', 'query', { schema: schema.ref('Filter') })] } }),
    op('get', '/items', ['items'], 'list', { returns: page, pagination: { tokenParam: 'page_token', itemsField: 'result', nextField: 'next_page_token', item: schema.ref('Item') } }),
    op('post', '/pets', ['pets'], 'create', { body: { pointer: '#/b', required: true, contentType: 'application/json', encoding: 'json', contentTypes: [], schema: schema.ref('Pet') } }),
  ];

  it('keeps models the methods use (parameters, bodies, success responses) through refs, cycles and discriminator mappings, and the error envelope; not those of error responses only, nor a page envelope (a list method returns its items)', () => {
    const pruned = pruneSchemas(api({ schemas, operations: uses, errors: { envelope: componentPointer('Envelope'), statuses: [], reasons: [] } }));
    expect(pruned.schemas.map((named) => named.name)).toEqual(['Call', 'Agent', 'Tag', 'Filter', 'Envelope', 'Cat', 'Pet', 'Item']);
  });
});

describe('selectOperations', () => {
  it('rebuilds the resource tree, prunes models and narrows reasons to the kept operations', () => {
    const reason = { reason: 'CALL_NOT_FOUND', http: 404, status: 'NOT_FOUND', group: 'Call', description: '', appliesTo: ['*'], operations: operations.map((o) => o.pointer), source: {} };
    const full = api({ operations, schemas: [namedSchema('Lonely', schema.string())], errors: { statuses: [], reasons: [reason] } });
    const selected = selectOperations(full, [{ include: { paths: ['/calls/**'] } }]);
    expect(selected.resources.map((resource) => resource.name)).toEqual(['calls']);
    expect(selected.schemas).toEqual([]);
    expect(selected.errors.reasons[0]?.operations).toEqual(selected.operations.map((o) => o.pointer));
  });

  it('is the identity without filters, so the default SDK keeps every model', () => {
    const full = api({ operations, schemas: [namedSchema('Lonely', schema.string())] });
    expect(selectOperations(full, [{}])).toBe(full);
  });
});
