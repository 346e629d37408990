import { describe, expect, it } from 'vitest';
import type { NamedSchemaIR, SchemaIR } from '../../../generator/ir/types.js';
import { jsonResponse, namedSchema, operation, parameter, schema } from '../../support/ir-fixture.js';
import { diff, sdkApi, summary } from './diff-fixture.js';

/** `POST /calls` taking `body` and returning `returns`, with these models. */
function api(body: SchemaIR, returns: SchemaIR, models: NamedSchemaIR[] = []) {
  const create = operation('post', '/calls', {
    body: { pointer: '#/b', required: true, contentType: 'application/json', encoding: 'json', schema: body, contentTypes: ['application/json'] },
    returns,
  });
  return sdkApi([create], models);
}

const none = schema.object({});

describe('diff: request and response types, by variance', () => {
  it('request fields: newly required and removed are breaking, optional additions minor, relaxed minor', () => {
    const before = api(schema.object({ name: schema.string(), 'tag?': schema.string(), 'note?': schema.string(), gone: schema.string() }), none);
    const after = api(schema.object({ name: schema.string(), tag: schema.string(), 'note?': schema.string(), 'extra?': schema.string(), 'must': schema.string() }), none);
    expect(summary(diff(before, after).changes)).toEqual([
      'field-removed major client.calls.create body.gone',
      'field-added major client.calls.create body.must',
      'field-required major client.calls.create body.tag',
      'field-added minor client.calls.create body.extra',
    ]);
  });

  it('response fields: removed and newly optional are breaking for readers, additions minor, newly required a patch', () => {
    const before = api(none, schema.object({ id: schema.string(), 'status?': schema.string(), gone: schema.string() }));
    const after = api(none, schema.object({ 'id?': schema.string(), status: schema.string(), 'added?': schema.string() }));
    expect(summary(diff(before, after).changes)).toEqual([
      'field-removed major client.calls.create result.gone',
      'field-optional major client.calls.create result.id',
      'field-added minor client.calls.create result.added',
      'field-required patch client.calls.create result.status',
    ]);
  });

  it('enums: a removed member breaks both ways; an added one breaks readers only (exhaustive switches)', () => {
    const status = (values: string[]) => namedSchema('CallStatus', schema.enumOf(values));
    const direction = (values: string[]) => namedSchema('Direction', schema.enumOf(values));
    const models = (s: string[], d: string[]) => [status(s), direction(d)];
    const before = api(schema.object({ direction: schema.ref('Direction') }), schema.ref('CallStatus'), models(['ringing', 'done'], ['in']));
    const after = api(schema.object({ direction: schema.ref('Direction') }), schema.ref('CallStatus'), models(['ringing', 'answered'], ['in', 'out']));
    expect(summary(diff(before, after).changes)).toEqual([
      'enum-member-added major CallStatus',
      'enum-member-removed major CallStatus',
      'enum-member-added minor Direction',
    ]);
  });

  it('a model used by requests and responses takes the stricter rule', () => {
    const models = (values: string[]) => [namedSchema('Kind', schema.enumOf(values))];
    const before = api(schema.object({ kind: schema.ref('Kind') }), schema.ref('Kind'), models(['a']));
    const after = api(schema.object({ kind: schema.ref('Kind') }), schema.ref('Kind'), models(['a', 'b']));
    expect(summary(diff(before, after).changes)).toEqual(['enum-member-added major Kind']);
  });

  it('nullable and widening follow the direction: fine to accept more, breaking to return more', () => {
    const before = api(schema.object({ mode: schema.enumOf(['a', 'b']), n: schema.string() }), schema.object({ mode: schema.enumOf(['a', 'b']), n: schema.string() }));
    const after = api(schema.object({ mode: schema.string(), n: schema.string({ nullable: true }) }), schema.object({ mode: schema.string(), n: schema.string({ nullable: true }) }));
    expect(summary(diff(before, after).changes)).toEqual([
      'type-changed major client.calls.create result.mode',
      'nullable-added major client.calls.create result.n',
      'type-changed minor client.calls.create body.mode',
      'nullable-added minor client.calls.create body.n',
    ]);
  });

  it('a type that neither widens nor narrows is breaking; docs, formats and integer vs number are no change', () => {
    const before = api(schema.object({ count: schema.string(), size: schema.integer() }), schema.object({ at: schema.string() }));
    const after = api(
      schema.object({ count: schema.integer(), size: { kind: 'primitive', type: 'number', pointer: '#/n' } }),
      schema.object({ at: schema.string({ description: 'When', format: 'date-time', example: '2026-01-01' }) }),
    );
    const changes = diff(before, after).changes;
    expect(summary(changes)).toEqual(['type-changed major client.calls.create body.count']);
    expect(changes[0]).toMatchObject({ before: 'string', after: 'number' });
  });

  it('a referenced model is compared once, by name: a different model is a type change', () => {
    const models = [namedSchema('Call', schema.object({ id: schema.string() })), namedSchema('CallV2', schema.object({ id: schema.string() }))];
    const changes = diff(api(none, schema.ref('Call'), models), api(none, schema.ref('CallV2'), models)).changes;
    expect(summary(changes)).toEqual(['type-changed major client.calls.create result']);
    expect(changes[0]?.message).toBe('`client.calls.create result` changed type from `Call` to `CallV2`.');
  });

  it('params: required additions and removals break, optional additions are minor; pagination changes the return type', () => {
    const page = { tokenParam: 'page_token', itemsField: 'result', nextField: 'next_page_token', item: schema.string() };
    const before = sdkApi([operation('get', '/calls', { params: { query: [parameter('old_filter'), parameter('page_size')] } })]);
    const after = sdkApi([
      operation('get', '/calls', { params: { query: [parameter('page_size'), parameter('owner_id', 'query', { required: true }), parameter('tag')] }, pagination: page }),
    ]);
    expect(summary(diff(before, after).changes)).toEqual([
      'method-renamed major client.calls.list',
      'pagination-added major client.calls.list',
      'param-removed major client.calls.list params.oldFilter',
      'param-added major client.calls.list params.ownerId',
      'param-added minor client.calls.list params.tag',
    ]);
  });

  it('error statuses and reasons: one change each, listing the methods', () => {
    const reason = (name: string, pointers: string[]) => ({ reason: name, http: 404, status: 'NOT_FOUND', group: 'g', description: 'd', appliesTo: ['*'], operations: pointers, source: {} });
    const get = (statuses: number[], reasons: string[]) => operation('get', '/calls/{id}', { errorStatuses: statuses, reasons, responses: [jsonResponse('200', schema.string())] });
    const before = sdkApi([get([404, 500], ['OLD'])], [], { errors: { statuses: [], reasons: [reason('OLD', [])] } });
    const after = sdkApi([get([404, 409], ['CALL_GONE'])], [], { errors: { statuses: [], reasons: [reason('CALL_GONE', [])] } });
    const changes = diff(before, after).changes;
    expect(summary(changes)).toEqual(['reason-added minor CALL_GONE', 'error-status-added minor FailedPreconditionError (409)', 'error-status-removed patch InternalError (500)', 'reason-removed patch OLD']);
    expect(changes.map((change) => change.message)).toEqual([
      'New error reason `CALL_GONE` can now be raised by `client.calls.get`.',
      '`FailedPreconditionError` (409) is now documented for `client.calls.get`.',
      '`InternalError` (500) is no longer documented for `client.calls.get`.',
      'Error reason `OLD` was removed from the catalog; no longer raised by `client.calls.get`.',
    ]);
  });
});
