import { describe, expect, it, vi } from 'vitest';
import { ApiPromise } from '../../templates/runtime/api-promise.js';
import { InvalidResponseError } from '../../templates/runtime/errors.js';
import type { RequestSpec, ResponseKind } from '../../templates/runtime/request-spec.js';
import { NotFoundError } from '../../templates/runtime/status-errors.js';
import { reply } from './fault-server.js';
import { serverForThisFile, testClient } from './helpers.js';

const server = await serverForThisFile();
const spec = (response: ResponseKind): RequestSpec => ({ method: 'get', path: '/things', response });

describe('response bodies', () => {
  it('returns a Blob for a binary download', async () => {
    server.script(reply.bytes(200, new Uint8Array([82, 73, 70, 70, 0, 255]), 'audio/wav'));
    const { core } = testClient(server);
    const blob = await core.request<Blob>(spec('binary'));
    expect(blob).toBeInstanceOf(Blob);
    expect(blob.type).toBe('audio/wav');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([82, 73, 70, 70, 0, 255]);
    expect(server.requests[0]?.headers.accept).toBe('*/*');
  });

  it('returns text as a string', async () => {
    server.script(reply.text(200, 'a,b\n1,2'));
    const { core } = testClient(server);
    await expect(core.request<string>(spec('text'))).resolves.toBe('a,b\n1,2');
  });

  it('returns undefined for 204, even where JSON was declared', async () => {
    server.script(reply.empty(204));
    const { core } = testClient(server);
    await expect(core.request(spec('json'))).resolves.toBeUndefined();
  });

  it('returns undefined for an empty operation, whatever the body', async () => {
    server.script(reply.json(200, { ignored: true }));
    const { core } = testClient(server);
    await expect(core.request(spec('empty'))).resolves.toBeUndefined();
  });

  it('rejects an empty 200 where JSON was expected', async () => {
    server.script(reply.empty(200, { 'x-request-id': 'req_empty' }));
    const { core } = testClient(server);
    const error = await core.request(spec('json')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ status: 200, body: '', requestId: 'req_empty', code: 'INVALID_RESPONSE' });
    expect((error as Error).message).toBe('HTTP 200: expected a JSON body, but the body was empty');
  });

  it('rejects a body that is not JSON, keeping the raw text', async () => {
    server.script(reply.text(200, '<html>captive portal</html>'));
    const { core } = testClient(server);
    const error = await core.request(spec('json')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ body: '<html>captive portal</html>' });
    expect((error as Error).message).toContain('does not parse: <html>captive portal</html>');
    expect(server.requests).toHaveLength(1);
  });
});

describe('ApiPromise', () => {
  it('gives the request id from the x-request-id header with withResponse()', async () => {
    server.script(reply.json(200, { id: 'c1' }, { 'x-request-id': 'req_abc' }));
    const { core } = testClient(server);
    const { data, response, requestId } = await core.request<{ id: string }>(spec('json')).withResponse();
    expect(data).toEqual({ id: 'c1' });
    expect(response.status).toBe(200);
    expect(requestId).toBe('req_abc');
  });

  it("falls back to the body's request_id, else undefined", async () => {
    const { core } = testClient(server);
    server.script(reply.json(200, { request_id: 'req_body' }));
    expect((await core.request(spec('json')).withResponse()).requestId).toBe('req_body');
    server.script(reply.json(200, { id: 'x' }));
    expect((await core.request(spec('json')).withResponse()).requestId).toBeUndefined();
  });

  it('is a Promise that sends once, however it is consumed', async () => {
    server.script(reply.json(200, { id: 'c1' }));
    const { core } = testClient(server);
    const promise = core.request(spec('json'));
    expect(promise).toBeInstanceOf(Promise);
    expect(promise).toBeInstanceOf(ApiPromise);
    const [a, b, c] = await Promise.all([promise, promise, promise.withResponse()]);
    expect(a).toEqual({ id: 'c1' });
    expect(b).toBe(a);
    expect(c.data).toBe(a);
    expect(await promise.finally(() => undefined)).toBe(a);
    expect(server.requests).toHaveLength(1);
  });

  it('sends eagerly, before being awaited', async () => {
    server.script(reply.json(200, {}));
    const { core } = testClient(server);
    const promise = core.request(spec('json'));
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    await promise;
  });

  it('rejects through then, catch and withResponse alike', async () => {
    server.script(reply.error(404, { status: 'NOT_FOUND', reason: 'CALL_NOT_FOUND' }));
    const { core } = testClient(server);
    const promise = core.request(spec('json'));
    await expect(promise).rejects.toBeInstanceOf(NotFoundError);
    await expect(promise.catch((e: unknown) => (e as Error).name)).resolves.toBe('NotFoundError');
    await expect(promise.withResponse()).rejects.toBeInstanceOf(NotFoundError);
  });

  it('raises no unhandled rejection when only withResponse() is used', async () => {
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', listener);
    try {
      server.script(reply.empty(404));
      const { core } = testClient(server);
      await expect(core.request(spec('json')).withResponse()).rejects.toBeInstanceOf(NotFoundError);
      await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      process.off('unhandledRejection', listener);
    }
    expect(unhandled).toEqual([]);
  });
});

describe('redirect answers', () => {
  it('returns the absolute Location of a 307 without following it', async () => {
    server.script(reply.empty(307, { location: '/download/rec-1.wav?sig=abc' }));
    const { core } = testClient(server);
    await expect(core.request<string>(spec('redirect'))).resolves.toBe(new URL('/download/rec-1.wav?sig=abc', server.url).href);
    expect(server.requests).toHaveLength(1);
  });

  it('keeps an absolute Location as it is', async () => {
    server.script(reply.empty(302, { location: 'https://storage.example.com/rec-1.wav' }));
    const { core } = testClient(server);
    await expect(core.request<string>(spec('redirect'))).resolves.toBe('https://storage.example.com/rec-1.wav');
  });

  it('reads the URL from a JSON string body when there is no Location header', async () => {
    server.script(reply.json(307, 'https://storage.example.com/file?X-Goog-Signature=abc'));
    const { core } = testClient(server);
    await expect(core.request<string>(spec('redirect'))).resolves.toBe('https://storage.example.com/file?X-Goog-Signature=abc');
  });

  it('rejects a redirect that names no target', async () => {
    server.script(reply.empty(307));
    const { core } = testClient(server);
    const error = await core.request(spec('redirect')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toBe('expected a redirect with a Location header, got HTTP 307 without one');
  });

  it('still maps an error status of a redirecting operation to its error class', async () => {
    server.script(reply.json(404, { error: { status: 'NOT_FOUND', reason: 'RECORDINGFILE_NOT_FOUND', message: 'no such file' } }));
    const { core } = testClient(server);
    await expect(core.request(spec('redirect'))).rejects.toBeInstanceOf(NotFoundError);
  });

  it('follows redirects for every other kind of operation', async () => {
    server.script(reply.empty(307, { location: '/things/2' }), reply.json(200, { id: 2 }));
    const { core } = testClient(server);
    await expect(core.request(spec('json'))).resolves.toEqual({ id: 2 });
    expect(server.requests.map((request) => request.url)).toEqual(['/v1.0/things', '/things/2']);
  });
});
