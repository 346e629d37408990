import { describe, expect, it } from 'vitest';
import { nameOperations, type NamingStrategy } from '../../generator/ir/passes/name-operations.js';
import type { HttpMethod, OperationIR, PaginationIR } from '../../generator/ir/types.js';
import { api, byLabel, operation, schema, sdkName, type OperationOverrides } from '../support/ir-fixture.js';

type Spec = [HttpMethod, string, OperationOverrides?];

const page: PaginationIR = { tokenParam: 'page_token', itemsField: 'result', nextField: 'next_page_token', item: schema.ref('Call') };
const paged: OperationOverrides = { pagination: page };

function run(specs: Spec[], strategy: NamingStrategy = 'path') {
  const operations = specs.map(([method, path, overrides]) => operation(method, path, overrides));
  return nameOperations(api({ operations }), strategy);
}

/** `METHOD /path` → `resource.path.rawName` for every operation. */
function names(specs: Spec[], strategy: NamingStrategy = 'path'): Record<string, string> {
  const { ir } = run(specs, strategy);
  return Object.fromEntries([...byLabel(ir.operations)].map(([label, op]) => [label, sdkName(op)]));
}

describe('nameOperations: CRUD on a resource', () => {
  it('names list/create/get/update/delete from method and whether the path ends in a parameter', () => {
    expect(
      names([
        ['get', '/calls', paged],
        ['post', '/calls'],
        ['get', '/calls/{id}'],
        ['put', '/calls/{id}'],
        ['delete', '/calls/{id}'],
      ]),
    ).toEqual({
      'GET /calls': 'calls.list',
      'POST /calls': 'calls.create',
      'GET /calls/{id}': 'calls.get',
      'PUT /calls/{id}': 'calls.update',
      'DELETE /calls/{id}': 'calls.delete',
    });
  });

  it('lists a collection GET that returns an array, and gets one that returns a single object', () => {
    expect(
      names([
        ['get', '/speakings', { returns: schema.array(schema.ref('Speaking')) }],
        ['get', '/customer', { returns: schema.ref('Customer') }],
      ]),
    ).toEqual({ 'GET /speakings': 'speakings.list', 'GET /customer': 'customer.get' });
  });

  it('names PATCH like PUT', () => {
    expect(names([['patch', '/flows/{id}']])).toEqual({ 'PATCH /flows/{id}': 'flows.update' });
  });

  it('puts operations on the root path under a "root" resource', () => {
    expect(names([['get', '/']])).toEqual({ 'GET /': 'root.get' });
  });
});

describe('nameOperations: actions', () => {
  it('uses the segment for POST and prefixes other methods', () => {
    expect(
      names([
        ['get', '/calls/{id}'],
        ['post', '/calls/{id}/hangup'],
        ['get', '/calls/{id}/media_stream'],
        ['put', '/agents/{id}/status'],
        ['patch', '/agents/{id}/addresses'],
        ['delete', '/agents/{id}/cache'],
        ['head', '/agents/{id}/ping'],
      ]),
    ).toEqual({
      'GET /calls/{id}': 'calls.get',
      'POST /calls/{id}/hangup': 'calls.hangup',
      'GET /calls/{id}/media_stream': 'calls.get_media_stream',
      'PUT /agents/{id}/status': 'agents.update_status',
      'PATCH /agents/{id}/addresses': 'agents.update_addresses',
      'DELETE /agents/{id}/cache': 'agents.delete_cache',
      'HEAD /agents/{id}/ping': 'agents.head_ping',
    });
  });

  it('treats a static child of a resource that has operations as an action (GET → get_/list_)', () => {
    expect(
      names([
        ['get', '/contacts', paged],
        ['get', '/contacts/lookup'],
        ['get', '/contact_cases', paged],
        ['get', '/contact_cases/unresolved', paged],
        ['post', '/numbers'],
        ['post', '/numbers/renew'],
      ]),
    ).toEqual({
      'GET /contacts': 'contacts.list',
      'GET /contacts/lookup': 'contacts.get_lookup',
      'GET /contact_cases': 'contact_cases.list',
      'GET /contact_cases/unresolved': 'contact_cases.list_unresolved',
      'POST /numbers': 'numbers.create',
      'POST /numbers/renew': 'numbers.renew',
    });
  });

  it('names DELETE of an action that also has a POST as its undo: hold/unhold', () => {
    expect(
      names([
        ['post', '/calls/{id}/hold'],
        ['delete', '/calls/{id}/hold'],
        ['post', '/calls/{id}/mute'],
        ['delete', '/calls/{id}/mute'],
      ]),
    ).toEqual({
      'POST /calls/{id}/hold': 'calls.hold',
      'DELETE /calls/{id}/hold': 'calls.unhold',
      'POST /calls/{id}/mute': 'calls.mute',
      'DELETE /calls/{id}/mute': 'calls.unmute',
    });
  });

  it('uses cancel_ for the undo of an action that already starts with "un"', () => {
    expect(
      names([
        ['post', '/auth/unregister'],
        ['delete', '/auth/unregister'],
        ['post', '/things/{id}/Unlock'],
        ['delete', '/things/{id}/Unlock'],
      ]),
    ).toEqual({
      'POST /auth/unregister': 'auth.unregister',
      'DELETE /auth/unregister': 'auth.cancel_unregister',
      'POST /things/{id}/Unlock': 'things.Unlock',
      'DELETE /things/{id}/Unlock': 'things.cancel_Unlock',
    });
  });

  it('names a DELETE with no matching POST delete_<action>, not un<action>', () => {
    expect(names([['get', '/calls/{id}'], ['delete', '/calls/{id}/hold']])['DELETE /calls/{id}/hold']).toBe('calls.delete_hold');
  });
});

describe('nameOperations: sub-resources and namespaces', () => {
  it('makes a segment followed by a parameter a nested resource', () => {
    expect(
      names([
        ['post', '/contacts/{id}/tags'],
        ['delete', '/contacts/{id}/tags/{tag_id}'],
        ['get', '/outdials/{id}/targets/{target_id}'],
      ]),
    ).toEqual({
      'POST /contacts/{id}/tags': 'contacts.tags.create',
      'DELETE /contacts/{id}/tags/{tag_id}': 'contacts.tags.delete',
      'GET /outdials/{id}/targets/{target_id}': 'outdials.targets.get',
    });
  });

  it('makes a segment after a parameter a resource only when it lists pages', () => {
    const pagedMessages = names([
      ['get', '/conversations/{id}/messages', paged],
      ['post', '/conversations/{id}/messages'],
    ]);
    expect(pagedMessages).toEqual({
      'GET /conversations/{id}/messages': 'conversations.messages.list',
      'POST /conversations/{id}/messages': 'conversations.messages.create',
    });
    const unpaged = names([
      ['get', '/conversations/{id}/messages'],
      ['post', '/conversations/{id}/messages'],
    ]);
    expect(unpaged).toEqual({
      'GET /conversations/{id}/messages': 'conversations.get_messages',
      'POST /conversations/{id}/messages': 'conversations.messages',
    });
  });

  it('makes a GET-able child of a pure namespace a resource, and a non-GET-able one an action', () => {
    expect(
      names([
        ['get', '/service_agents/calls', paged],
        ['get', '/service_agents/calls/{id}'],
        ['get', '/service_agents/customer'],
        ['get', '/service_agents/me'],
        ['put', '/service_agents/me/password'],
        ['post', '/auth/login'],
        ['get', '/ws'],
      ]),
    ).toEqual({
      'GET /service_agents/calls': 'service_agents.calls.list',
      'GET /service_agents/calls/{id}': 'service_agents.calls.get',
      'GET /service_agents/customer': 'service_agents.customer.get',
      'GET /service_agents/me': 'service_agents.me.get',
      'PUT /service_agents/me/password': 'service_agents.me.update_password',
      'POST /auth/login': 'auth.login',
      'GET /ws': 'ws.get',
    });
  });

  it('does not treat a GET-able child of a parent with its own operations as a resource', () => {
    expect(names([['get', '/billing_account'], ['get', '/billing_account/payment_info']])['GET /billing_account/payment_info']).toBe(
      'billing_account.get_payment_info',
    );
  });

  it('compares path prefixes with parameter names erased', () => {
    // `/queues/{queue_id}/members` gains children only through `/queues/{id}/members/{member_id}`.
    expect(
      names([
        ['post', '/queues/{queue_id}/members'],
        ['get', '/queues/{id}/members/{member_id}'],
      ]),
    ).toEqual({
      'POST /queues/{queue_id}/members': 'queues.members.create',
      'GET /queues/{id}/members/{member_id}': 'queues.members.get',
    });
  });

  it('keeps a static segment between parameters in the resource path', () => {
    expect(names([['post', '/queuecalls/reference_id/{id}/kick'], ['get', '/queuecalls/{id}']])).toEqual({
      'POST /queuecalls/reference_id/{id}/kick': 'queuecalls.reference_id.kick',
      'GET /queuecalls/{id}': 'queuecalls.get',
    });
  });
});

describe('nameOperations: collisions', () => {
  const colliding: Spec[] = [
    ['get', '/things/{id}'],
    ['put', '/things/{id}'],
    ['patch', '/things/{id}'],
    ['get', '/things/{name}'],
    ['get', '/things/{slug}'],
  ];

  it('renames the later operation with a method suffix, numbering further clashes', () => {
    const { ir } = run(colliding);
    expect(ir.operations.map((op) => `${op.method} ${op.path} → ${sdkName(op)}`)).toEqual([
      'get /things/{id} → things.get',
      'put /things/{id} → things.update',
      'patch /things/{id} → things.update_patch',
      'get /things/{name} → things.get_get',
      'get /things/{slug} → things.get_get2',
    ]);
  });

  it('reports each rename as a warning naming both operations', () => {
    const { diagnostics } = run(colliding);
    expect(diagnostics).toHaveLength(3);
    for (const diagnostic of diagnostics) {
      expect(diagnostic).toMatchObject({ code: 'operation-name-collision', severity: 'warning' });
    }
    expect(diagnostics[0]!.pointer).toBe('#/paths/~1things~1{id}/patch');
    expect(diagnostics[0]!.message).toContain('PATCH /things/{id}');
    expect(diagnostics[0]!.message).toContain('PUT /things/{id}');
    expect(diagnostics[0]!.message).toContain('"update_patch"');
    expect(diagnostics[2]!.message).toContain('"get_get2"');
  });

  it('is deterministic and does not modify its input', () => {
    const operations = colliding.map(([method, path]) => operation(method, path));
    const input = api({ operations });
    const first = nameOperations(input);
    const second = nameOperations(input);
    expect(second).toEqual(first);
    expect(operations.every((op) => op.rawName === '' && op.resource.length === 0)).toBe(true);
  });

  it('reports nothing when every name is unique', () => {
    expect(run([['get', '/calls', paged], ['post', '/calls'], ['get', '/calls/{id}']]).diagnostics).toEqual([]);
  });
});

describe('nameOperations: operationId strategy', () => {
  const specs: Spec[] = [
    ['post', '/auth/boot', { operationId: 'postAuthBoot' }],
    ['get', '/auth/password-reset', { operationId: 'getAuthPasswordReset' }],
    ['post', '/calls/{id}/hangup'],
  ];

  it('uses the operationId as the method name where there is one, and the path name elsewhere', () => {
    expect(names(specs, 'operationId')).toEqual({
      'POST /auth/boot': 'auth.postAuthBoot',
      'GET /auth/password-reset': 'auth.password-reset.getAuthPasswordReset',
      'POST /calls/{id}/hangup': 'calls.hangup',
    });
  });

  it('ignores operationIds with the path strategy', () => {
    expect(names(specs, 'path')).toEqual({
      'POST /auth/boot': 'auth.boot',
      'GET /auth/password-reset': 'auth.password-reset.get',
      'POST /calls/{id}/hangup': 'calls.hangup',
    });
  });

  it('still resolves collisions between equal operationIds', () => {
    const { ir, diagnostics } = run(
      [
        ['get', '/a', { operationId: 'fetch' }],
        ['post', '/a', { operationId: 'fetch' }],
      ],
      'operationId',
    );
    expect(ir.operations.map((op: OperationIR) => op.rawName)).toEqual(['fetch', 'fetch_post']);
    expect(diagnostics.map((d) => d.code)).toEqual(['operation-name-collision']);
  });
});
