import { describe, expect, it } from 'vitest';
import { detectPagination, VOIPBIN_PAGINATION } from '../../generator/ir/passes/detect-pagination.js';
import type { NamedSchemaIR, OperationIR, SchemaIR } from '../../generator/ir/types.js';
import { api, namedSchema, operation, parameter, schema, type OperationOverrides } from '../support/ir-fixture.js';

const commonPagination = namedSchema('CommonPagination', schema.object({ 'next_page_token?': schema.string() }));
const call = namedSchema('Call', schema.object({ id: schema.string() }));
const pageParams = { query: [parameter('page_size'), parameter('page_token')] };

/** VoIPBIN's list shape: `allOf: [CommonPagination, { result: Item[] }]`. */
function voipbinPage(item: string): SchemaIR {
  return schema.intersection([schema.ref('CommonPagination'), schema.object({ 'result?': schema.array(schema.ref(item)) })]);
}

function detect(op: OperationIR, schemas: NamedSchemaIR[] = [commonPagination, call]) {
  const result = detectPagination(api({ schemas, operations: [op] }));
  return { operation: result.ir.operations[0]!, diagnostics: result.diagnostics };
}

function listCalls(overrides: OperationOverrides) {
  return operation('get', '/calls', { params: pageParams, ...overrides });
}

describe('detectPagination', () => {
  it('detects allOf [CommonPagination, {result: [...]}] through the ref and the intersection', () => {
    const { operation: op, diagnostics } = detect(listCalls({ returns: voipbinPage('Call') }));
    expect(op.pagination).toEqual({
      tokenParam: 'page_token',
      sizeParam: 'page_size',
      itemsField: 'result',
      nextField: 'next_page_token',
      item: schema.ref('Call'),
    });
    expect(diagnostics).toEqual([]);
  });

  it('detects a named list schema (the response is a ref to a page model)', () => {
    const list = namedSchema('CallList', voipbinPage('Call'));
    const { operation: op } = detect(listCalls({ returns: schema.ref('CallList') }), [commonPagination, call, list]);
    expect(op.pagination?.item).toEqual(schema.ref('Call'));
  });

  it('follows a ref on the items field to the array it names', () => {
    const calls = namedSchema('Calls', schema.array(schema.ref('Call')));
    const page = schema.object({ result: schema.ref('Calls'), next_page_token: schema.string() });
    const { operation: op } = detect(listCalls({ returns: page }), [call, calls]);
    expect(op.pagination?.item).toEqual(schema.ref('Call'));
  });

  it('does not paginate a bare array response', () => {
    const { operation: op, diagnostics } = detect(listCalls({ returns: schema.array(schema.ref('Call')) }));
    expect(op.pagination).toBeUndefined();
    expect(diagnostics).toEqual([]);
  });

  it('needs both the items array and the next-token field', () => {
    const noNext = schema.object({ result: schema.array(schema.ref('Call')) });
    const notArray = schema.object({ result: schema.ref('Call'), next_page_token: schema.string() });
    expect(detect(listCalls({ returns: noNext })).operation.pagination).toBeUndefined();
    expect(detect(listCalls({ returns: notArray })).operation.pagination).toBeUndefined();
  });

  it('only paginates GET operations with a JSON success', () => {
    const post = operation('post', '/calls/search', { params: pageParams, returns: voipbinPage('Call') });
    expect(detect(post).operation.pagination).toBeUndefined();
    const binary = listCalls({ returns: voipbinPage('Call') });
    binary.success = { ...binary.success!, kind: 'binary' };
    expect(detect(binary).operation.pagination).toBeUndefined();
  });

  it('still paginates when the token parameter is undeclared, with an info diagnostic', () => {
    const op = operation('get', '/contact_cases/{id}/notes', { returns: voipbinPage('Call') });
    const { operation: result, diagnostics } = detect(op);
    expect(result.pagination).toMatchObject({ tokenParam: 'page_token', itemsField: 'result' });
    expect(result.pagination).not.toHaveProperty('sizeParam');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: 'pagination-token-undeclared',
      severity: 'info',
      pointer: '#/paths/~1contact_cases~1{id}~1notes/get',
    });
    expect(diagnostics[0]!.message).toContain('GET /contact_cases/{id}/notes');
    expect(diagnostics[0]!.message).toContain('"page_token"');
  });

  it('uses the configured convention', () => {
    const page = schema.object({ items: schema.array(schema.ref('Call')), cursor: schema.string() });
    const op = operation('get', '/calls', { params: { query: [parameter('after'), parameter('limit')] }, returns: page });
    const convention = { tokenParam: 'after', sizeParam: 'limit', itemsField: 'items', nextField: 'cursor' };
    const result = detectPagination(api({ schemas: [call], operations: [op] }), convention);
    expect(result.ir.operations[0]!.pagination).toEqual({ ...convention, item: schema.ref('Call') });
    expect(result.diagnostics).toEqual([]);
    // The default convention does not see this shape.
    expect(detectPagination(api({ schemas: [call], operations: [op] })).ir.operations[0]!.pagination).toBeUndefined();
    expect(VOIPBIN_PAGINATION.tokenParam).toBe('page_token');
  });

  it('does not loop on self-referencing schemas', () => {
    const loop = namedSchema('Loop', schema.intersection([schema.ref('Loop'), schema.object({ result: schema.array(schema.ref('Loop')) })]));
    const { operation: op } = detect(listCalls({ returns: schema.ref('Loop') }), [loop]);
    expect(op.pagination).toBeUndefined();
  });
});
