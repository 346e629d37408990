import { describe, expect, it } from 'vitest';
import { buildIR } from '../../generator/ir/build/build-ir.js';
import type { OperationIR } from '../../generator/ir/types.js';

const components = {
  parameters: {
    PageSize: { name: 'page_size', in: 'query', description: 'Items per page.', schema: { type: 'integer' } },
    Alias: { $ref: '#/components/parameters/PageSize' },
  },
  responses: {
    NotFound: { description: 'Not found', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
  },
  requestBodies: {
    Upload: { required: true, content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } } } },
  },
  schemas: { Error: { type: 'object' }, Call: { type: 'object' } },
};

function build(paths: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const document = { openapi: '3.0.3', info: { title: 'T', version: '1' }, paths, components, ...extra };
  return buildIR({ document, openapi: '3.0', hash: 'h' });
}

function op(paths: Record<string, unknown>, method = 'get', extra: Record<string, unknown> = {}): OperationIR {
  const { ir } = build(paths, extra);
  const found = ir.operations.find((operation) => operation.method === method);
  if (!found) throw new Error(`no ${method} operation built`);
  return found;
}

const ok = { '200': { description: 'ok' } };
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

describe('buildIR: operations', () => {
  it('sorts operations by path, then method, and fills in the basics', () => {
    const { ir } = build({
      '/calls/{id}': { parameters: [idParam], delete: { responses: ok }, get: { responses: ok } },
      '/calls': { post: { operationId: 'createCall', summary: 'Create', tags: ['Call'], deprecated: true, responses: ok }, get: { responses: ok } },
    });
    expect(ir.operations.map((o) => `${o.method} ${o.path}`)).toEqual(['get /calls', 'post /calls', 'get /calls/{id}', 'delete /calls/{id}']);
    expect(ir.operations[1]).toMatchObject({
      pointer: '#/paths/~1calls/post',
      operationId: 'createCall',
      rawName: 'createCall',
      resource: [],
      summary: 'Create',
      tags: ['Call'],
      deprecated: true,
    });
  });

  it('merges path-level and operation-level parameters, the operation’s winning', () => {
    const operation = op({
      '/calls/{id}': {
        parameters: [idParam, { name: 'limit', in: 'query', description: 'path level', schema: { type: 'integer' } }],
        get: { parameters: [{ name: 'limit', in: 'query', description: 'operation level', required: true, schema: { type: 'integer' } }], responses: ok },
      },
    });
    expect(operation.params.path.map((p) => p.name)).toEqual(['id']);
    expect(operation.params.path[0]).toMatchObject({ required: true, style: 'simple', explode: false, pointer: '#/paths/~1calls~1{id}/parameters/0' });
    expect(operation.params.query).toHaveLength(1);
    expect(operation.params.query[0]).toMatchObject({
      name: 'limit',
      description: 'operation level',
      required: true,
      style: 'form',
      explode: true,
      pointer: '#/paths/~1calls~1{id}/get/parameters/0',
    });
  });

  it('follows $ref parameters (and chains of them) to the component', () => {
    const operation = op({ '/calls': { get: { parameters: [{ $ref: '#/components/parameters/Alias' }], responses: ok } } });
    expect(operation.params.query).toEqual([
      expect.objectContaining({ name: 'page_size', description: 'Items per page.', pointer: '#/components/parameters/PageSize', schema: expect.objectContaining({ kind: 'primitive', type: 'integer' }) }),
    ]);
  });

  it('reports a parameter declared twice in one list as an error, keeping the first', () => {
    const { ir, diagnostics } = build({
      '/calls': {
        get: {
          parameters: [
            { name: 'q', in: 'query', description: 'first', schema: { type: 'string' } },
            { name: 'q', in: 'query', description: 'second', schema: { type: 'string' } },
            { name: 'q', in: 'header', schema: { type: 'string' } },
          ],
          responses: ok,
        },
      },
    });
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'parameter-duplicate', severity: 'error', pointer: '#/paths/~1calls/get/parameters/1' }),
      // The header and the query parameter share the SDK's params object.
      expect.objectContaining({ code: 'parameter-name-collision', severity: 'warning', pointer: '#/paths/~1calls/get/parameters/2' }),
    ]);
    expect(ir.operations[0]!.params.query.map((p) => p.description)).toEqual(['first']);
    expect(ir.operations[0]!.params.header.map((p) => p.name)).toEqual(['q']);
  });

  it('reports a path template parameter that is not declared, and a declared one that is not in the path', () => {
    const { diagnostics } = build({
      '/calls/{id}/tags/{tag_id}': {
        get: { parameters: [idParam, { name: 'other', in: 'path', required: true, schema: { type: 'string' } }], responses: ok },
      },
    });
    expect(diagnostics.map((d) => [d.code, d.severity, d.pointer])).toEqual([
      ['path-parameter-undeclared', 'error', '#/paths/~1calls~1{id}~1tags~1{tag_id}/get'],
      ['path-parameter-unused', 'error', '#/paths/~1calls~1{id}~1tags~1{tag_id}/get/parameters/1'],
    ]);
    expect(diagnostics[0]!.message).toContain('{tag_id}');
  });

  it('prefers a JSON request body over multipart, and lists every media type', () => {
    const operation = op(
      {
        '/files': {
          post: {
            requestBody: {
              required: true,
              content: {
                'multipart/form-data': { schema: { type: 'object' } },
                'application/json': { schema: { $ref: '#/components/schemas/Call' } },
              },
            },
            responses: ok,
          },
        },
      },
      'post',
    );
    expect(operation.body).toMatchObject({
      pointer: '#/paths/~1files/post/requestBody',
      required: true,
      contentType: 'application/json',
      encoding: 'json',
      contentTypes: ['application/json', 'multipart/form-data'],
      schema: { kind: 'ref', target: '#/components/schemas/Call' },
    });
  });

  it('reads a multipart body through a $ref, and a raw binary body without a schema', () => {
    const upload = op({ '/files': { post: { requestBody: { $ref: '#/components/requestBodies/Upload' }, responses: ok } } }, 'post');
    expect(upload.body).toMatchObject({ pointer: '#/components/requestBodies/Upload', contentType: 'multipart/form-data', encoding: 'multipart', required: true });
    const raw = op({ '/files': { put: { requestBody: { content: { 'application/octet-stream': {} } }, responses: ok } } }, 'put');
    expect(raw.body).toMatchObject({ encoding: 'binary', required: false, schema: { kind: 'primitive', type: 'string', format: 'binary' } });
  });

  it('classifies responses as json, binary, text or empty', () => {
    const operation = op({
      '/x': {
        get: {
          responses: {
            '200': { description: 'json', content: { 'application/json; charset=utf-8': { schema: { type: 'object' } } } },
            '201': { description: 'binary', content: { 'audio/wav': { schema: { type: 'string', format: 'binary' } } } },
            '202': { description: 'text', content: { 'text/html': { schema: { type: 'string' } } } },
            '203': { description: 'file', content: { 'application/pdf': {} } },
            '204': { description: 'empty' },
            '206': { description: 'problem+json', content: { 'application/problem+json': { schema: { type: 'object' } } } },
          },
        },
      },
    });
    expect(operation.responses.map((r) => [r.status, r.kind, r.contentType])).toEqual([
      ['200', 'json', 'application/json; charset=utf-8'],
      ['201', 'binary', 'audio/wav'],
      ['202', 'text', 'text/html'],
      ['203', 'binary', 'application/pdf'],
      ['204', 'empty', undefined],
      ['206', 'json', 'application/problem+json'],
    ]);
    expect(operation.success?.status).toBe('200');
  });

  it('returns what a redirect points at when the only success is 3xx', () => {
    const operation = op({ '/recordingfiles/{id}': { get: { parameters: [idParam], responses: { '302': { description: 'Redirect' }, '404': { $ref: '#/components/responses/NotFound' } } } } });
    expect(operation.success).toMatchObject({ status: '302', kind: 'binary' });
    expect(operation.responses.find((r) => r.status === '302')!.kind).toBe('empty');
  });

  it('falls back to a default response with content, and to nothing otherwise', () => {
    const withDefault = op({ '/a': { get: { responses: { default: { description: 'd', content: { 'application/json': { schema: { type: 'object' } } } } } } } });
    expect(withDefault.success?.status).toBe('default');
    expect(op({ '/a': { get: { responses: { '400': { description: 'bad' } } } } }).success).toBeUndefined();
  });

  it('lists documented 4xx/5xx statuses as sorted numbers, ignoring ranges and default', () => {
    const operation = op({
      '/a': {
        get: {
          responses: {
            '500': { description: 'e' },
            '404': { $ref: '#/components/responses/NotFound' },
            '4XX': { description: 'range' },
            default: { description: 'd' },
            '200': { description: 'ok' },
            '400': { description: 'bad' },
          },
        },
      },
    });
    expect(operation.errorStatuses).toEqual([400, 404, 500]);
    const notFound = operation.responses.find((r) => r.status === '404')!;
    expect(notFound).toMatchObject({ pointer: '#/components/responses/NotFound', kind: 'json', schema: { kind: 'ref', target: '#/components/schemas/Error' } });
  });

  it('warns about responses without description or without responses at all', () => {
    const { diagnostics } = build({ '/a': { get: { responses: { '200': {} } }, post: {} } });
    expect(diagnostics.map((d) => [d.code, d.severity, d.pointer])).toEqual([
      ['response-missing-description', 'warning', '#/paths/~1a/get/responses/200'],
      ['responses-missing', 'warning', '#/paths/~1a/post/responses'],
    ]);
  });

  it('takes security from the operation, else from the root', () => {
    const paths = { '/a': { get: { responses: ok }, post: { security: [], responses: ok }, put: { security: [{ key: [] }, { jwt: [], key: [] }], responses: ok } } };
    const { ir } = build(paths, { security: [{ jwt: [] }] });
    expect(Object.fromEntries(ir.operations.map((o) => [o.method, o.security]))).toEqual({ get: ['jwt'], post: [], put: ['jwt', 'key'] });
  });

  it('reports invalid paths and operations and skips them', () => {
    const { ir, diagnostics } = build({ calls: { get: { responses: ok } }, '/a': { get: 'nope' }, '/b': null, 'x-ext': {} });
    expect(ir.operations).toEqual([]);
    expect(diagnostics.map((d) => d.code).sort()).toEqual(['expected-object', 'expected-object', 'path-invalid']);
  });
});
