import { beforeAll, describe, expect, it } from 'vitest';
import { buildApi } from '../../generator/build-api.js';
import { resolveConfig } from '../../generator/config/config.js';
import type { ApiIR } from '../../generator/ir/types.js';
import { classifyOperations } from '../../generator/mock-server/classify.js';
import { MockApi, type MockApiOptions, type MockRequest } from '../../generator/mock-server/handle.js';
import { RecordStore } from '../../generator/mock-server/store.js';

const OPTIONS: MockApiOptions = { seed: 1, auth: false, failRate: 0, retryAfter: 1, preload: 0, now: () => new Date(Date.UTC(2026, 0, 2)) };

describe('MockApi on the example spec', () => {
  let ir: ApiIR;
  beforeAll(async () => {
    const built = await buildApi(resolveConfig());
    if (!built.ok) throw new Error('the example spec did not build');
    ir = built.ir;
  });
  const call = (api: MockApi, method: string, url: string, body?: unknown, headers: Record<string, string> = {}) =>
    api.handle({ method, url, headers, body: body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body) } satisfies MockRequest);

  it('classifies collections, records and actions', () => {
    const roles = new Map(classifyOperations(ir).map((entry) => [`${entry.operation.method} ${entry.operation.path}`, `${entry.role} ${entry.collection?.path ?? ''}`.trim()]));
    expect(roles.get('get /calls')).toBe('list /calls');
    expect(roles.get('post /calls')).toBe('create /calls');
    expect(roles.get('get /calls/{id}')).toBe('read /calls');
    expect(roles.get('delete /calls/{id}')).toBe('delete /calls');
    expect(roles.get('post /calls/{id}/hangup')).toBe('action /calls');
    expect(roles.get('post /auth/login')).toBe('other');
  });

  it('keeps records: create, read, update, list, delete, then 404 with the resource reason', () => {
    const api = new MockApi(ir, OPTIONS);
    const created = call(api, 'POST', '/flows', { name: 'IVR', detail: 'main menu', actions: [] });
    expect(created.status).toBe(200);
    const flow = created.body as Record<string, unknown>;
    expect(flow).toMatchObject({ name: 'IVR', detail: 'main menu', tm_create: '2026-01-02T00:00:00.000Z' });
    expect(call(api, 'GET', `/v1.0/flows/${flow.id}`).body).toEqual(flow);
    expect((call(api, 'PUT', `/flows/${flow.id}`, { name: 'IVR 2', detail: 'x', actions: [] }).body as Record<string, unknown>).name).toBe('IVR 2');
    expect((call(api, 'GET', '/flows').body as { result: unknown[] }).result).toHaveLength(1);
    expect(call(api, 'DELETE', `/flows/${flow.id}`).status).toBe(200);
    const gone = call(api, 'GET', `/flows/${flow.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({ error: { status: 'NOT_FOUND', reason: 'FLOW_NOT_FOUND', request_id: gone.headers['x-request-id'] } });
  });

  it('pages over what exists with cursors that survive deletions', () => {
    const api = new MockApi(ir, { ...OPTIONS, preload: 5 });
    const first = call(api, 'GET', '/flows?page_size=2').body as { result: { id: string }[]; next_page_token: string };
    expect(first.result).toHaveLength(2);
    call(api, 'DELETE', `/flows/${first.result[0]!.id}`);
    const seen = first.result.map((flow) => flow.id);
    let token = first.next_page_token;
    while (token) {
      const page = call(api, 'GET', `/flows?page_size=2&page_token=${token}`).body as typeof first;
      seen.push(...page.result.map((flow) => flow.id));
      token = page.next_page_token;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect(call(api, 'GET', '/flows?page_token=bogus').status).toBe(400);
  });

  it('rejects invalid requests with 400, the reason and the offending fields in details', () => {
    const api = new MockApi(ir, OPTIONS);
    const missing = call(api, 'POST', '/flows', { detail: 5 });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ error: { status: 'INVALID_ARGUMENT', reason: 'INVALID_ARGUMENT' } });
    const details = (missing.body as { error: { details: { field: string }[] } }).error.details.map((detail) => detail.field);
    expect(details).toEqual(expect.arrayContaining(['detail']));
    expect(call(api, 'POST', '/flows', '{not json').status).toBe(400);
    expect(call(api, 'GET', '/calls?page_size=ten').body).toMatchObject({ error: { details: [{ field: 'page_size', description: 'must be an integer' }] } });
  });

  it('answers unknown routes with 404 and, with auth on, 401 without a token or access key', () => {
    const api = new MockApi(ir, { ...OPTIONS, auth: true });
    expect(call(api, 'GET', '/nowhere').status).toBe(404);
    expect(call(api, 'GET', '/calls').body).toMatchObject({ error: { status: 'UNAUTHENTICATED', reason: 'AUTHENTICATION_REQUIRED' } });
    expect(call(api, 'GET', '/calls', undefined, { authorization: 'Bearer abc' }).status).toBe(200);
    expect(call(api, 'GET', '/calls?accesskey=k').status).toBe(200);
    expect(call(api, 'GET', '/calls', undefined, { authorization: 'Bearer ' }).status).toBe(401);
  });

  it('injects faults at the given rate, the same ones for the same seed', () => {
    const run = (seed: number) => {
      const api = new MockApi(ir, { ...OPTIONS, seed, failRate: 0.3, retryAfter: 2 });
      return Array.from({ length: 60 }, () => call(api, 'GET', '/calls')).map((reply) => `${reply.status}${reply.headers['retry-after'] ?? ''}`);
    };
    const statuses = run(4);
    expect(statuses).toEqual(run(4));
    const faults = statuses.filter((status) => status !== '200');
    expect(faults.length).toBeGreaterThan(8);
    expect(faults.length).toBeLessThan(30);
    expect(new Set(faults)).toEqual(new Set(['4292', '5032']));
  });
});

describe('RecordStore', () => {
  it('drops the oldest records past its item and byte limits', () => {
    const store = new RecordStore({ items: 3, bytes: 1_000, collections: 10 });
    for (let n = 0; n < 5; n++) store.put('/tags', `t${n}`, { id: `t${n}` });
    expect(store.list('/tags').map((entry) => entry.record.id)).toEqual(['t2', 't3', 't4']);
    store.put('/flows', 'big', { id: 'big', blob: 'x'.repeat(900) });
    expect(store.size().bytes).toBeLessThanOrEqual(1_000);
    expect(store.get('/flows', 'big')).toBeDefined();
    store.put('/tags', 't4', { id: 't4', name: 'updated' });
    expect(store.list('/tags').map((entry) => entry.seq)).toEqual([...store.list('/tags').map((entry) => entry.seq)].sort((a, b) => a - b));
  });
});
