import { describe, expect, it, vi } from 'vitest';
import { UnauthenticatedError } from '../../templates/runtime/status-errors.js';
import { reply } from './fault-server.js';
import { serverForThisFile, testClient } from './helpers.js';

const server = await serverForThisFile();
const get = { method: 'get', path: '/calls', response: 'json' } as const;
const ok = reply.json(200, { ok: true });
const unauthenticated = reply.error(401, { status: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS', message: 'expired' });

describe('credentials', () => {
  it('sends the token as a Bearer header', async () => {
    server.script(ok);
    const { core } = testClient(server, { token: 'jwt-123' });
    await core.request(get);
    expect(server.requests[0]?.headers.authorization).toBe('Bearer jwt-123');
    expect(server.requests[0]?.url).toBe('/v1.0/calls');
  });

  it('sends the access key as the accesskey query parameter, encoded', async () => {
    server.script(ok);
    const { core } = testClient(server, { accessKey: 'key&=1' });
    await core.request({ ...get, query: { page_size: 10 } });
    expect(server.requests[0]?.url).toBe('/v1.0/calls?page_size=10&accesskey=key%26%3D1');
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
  });

  it('sends the client headers, the defaults and the per-call ones, later winning', async () => {
    server.script(ok);
    const { core } = testClient(server, { defaultHeaders: { 'x-tenant': 'a', 'x-trace': 'default' } });
    await core.request({ ...get, headers: { 'x-trace': 'operation', 'x-skip': undefined } }, { headers: { 'X-Tenant': 'b' } });
    expect(server.requests[0]?.headers).toMatchObject({
      accept: 'application/json',
      'user-agent': 'voipbin-test/0.0.0',
      'x-tenant': 'b',
      'x-trace': 'operation',
    });
    expect(server.requests[0]?.headers['x-skip']).toBeUndefined();
  });

  it('keeps an Authorization header the caller set', async () => {
    server.script(ok);
    const { core } = testClient(server, { token: 'jwt-123' });
    await core.request(get, { headers: { authorization: 'Basic abc' } });
    expect(server.requests[0]?.headers.authorization).toBe('Basic abc');
  });
});

describe('tokenProvider', () => {
  it('refreshes the token once after a 401 and sends the request once more', async () => {
    server.script(unauthenticated, ok);
    const tokens = ['old', 'new'];
    const tokenProvider = vi.fn(() => tokens.shift() ?? 'none');
    const { core, delays } = testClient(server, { tokenProvider, token: 'ignored' });
    await expect(core.request(get)).resolves.toEqual({ ok: true });
    expect(tokenProvider.mock.calls).toEqual([[{ forceRefresh: false }], [{ forceRefresh: true }]]);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer old', 'Bearer new']);
    expect(delays).toEqual([]);
  });

  it('gives up with UnauthenticatedError when the fresh token is rejected too', async () => {
    server.script(unauthenticated);
    const tokenProvider = vi.fn(async () => 'token');
    const { core } = testClient(server, { tokenProvider, maxRetries: 5 });
    const error = await core.request(get).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthenticatedError);
    expect(error).toMatchObject({ reason: 'INVALID_CREDENTIALS' });
    expect(tokenProvider).toHaveBeenCalledTimes(2);
    expect(server.requests).toHaveLength(2);
  });

  it('refreshes a POST too, since a 401 means nothing was done', async () => {
    server.script(unauthenticated, reply.json(201, { id: 'c1' }));
    const { core } = testClient(server, { tokenProvider: () => 't', maxRetries: 0 });
    await expect(core.request({ method: 'post', path: '/calls', body: { kind: 'json', value: {} }, response: 'json' })).resolves.toEqual({ id: 'c1' });
  });

  it('does not retry a 401 for a static token', async () => {
    server.script(unauthenticated, ok);
    const { core } = testClient(server, { token: 'static' });
    await expect(core.request(get)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(server.requests).toHaveLength(1);
  });

  it("passes the provider's own error through unchanged", async () => {
    const failure = new Error('vault unreachable');
    const { core } = testClient(server, { tokenProvider: () => Promise.reject(failure) });
    await expect(core.request(get)).rejects.toBe(failure);
    expect(server.requests).toHaveLength(0);
  });
});
