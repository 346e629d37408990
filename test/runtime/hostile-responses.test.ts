import { afterAll, describe, expect, it } from 'vitest';
import { ConnectionError, InvalidResponseError, TimeoutError, VoipbinClientError } from '../../templates/runtime/errors.js';
import type { RequestSpec, ResponseKind } from '../../templates/runtime/request-spec.js';
import { InternalError } from '../../templates/runtime/status-errors.js';
import { FaultServer, reply, type Step } from './fault-server.js';
import { serverForThisFile, testClient } from './helpers.js';

/**
 * Responses a real network produces now and then, against the runtime every
 * generated SDK ships: each ends in a documented, typed outcome, nothing
 * rejects unhandled, and no credential shows in any message.
 *
 * | fault                                   | outcome                                                      |
 * |-----------------------------------------|--------------------------------------------------------------|
 * | JSON cut off, connection dropped        | ConnectionError (retried for idempotent methods)             |
 * | JSON cut off, response complete         | InvalidResponseError, raw text on `body`                     |
 * | empty 200 where JSON is expected        | InvalidResponseError (see response.test.ts)                  |
 * | 200 JSON sent as text/html              | parsed: the content type is not enforced, the body decides   |
 * | 200 HTML sent as application/json       | InvalidResponseError                                         |
 * | multi-megabyte body                     | parsed, or InvalidResponseError with a 200-character excerpt |
 * | no answer                               | TimeoutError after the retries (see abort-timeout.test.ts)   |
 * | 307/308                                 | followed by fetch: same method and body                      |
 * | 301/302/303 after POST                  | followed by fetch as a GET without the body                  |
 * | redirect to another origin              | followed; fetch drops Authorization there                    |
 * | redirect loop                           | ConnectionError after fetch's 20 redirects                   |
 */
const server = await serverForThisFile();
const other = await FaultServer.start();
afterAll(() => other.close());

const TOKEN = 'tok_SECRET_hostile_1234567890';
const ACCESS_KEY = 'ak_SECRET_hostile_0987654321';
const spec = (response: ResponseKind, method: RequestSpec['method'] = 'get', body?: unknown): RequestSpec => ({
  method,
  path: '/things',
  response,
  ...(body === undefined ? {} : { body: { kind: 'json', value: body } }),
});

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
process.on('unhandledRejection', onUnhandled);
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
});

/** Sends one request with both credentials set; returns the value or the error, after checking no secret shows. */
async function send(steps: Step[], request: RequestSpec, options: { maxRetries?: number; timeout?: number } = {}): Promise<unknown> {
  server.script(...steps);
  const { core } = testClient(server, { token: TOKEN, accessKey: ACCESS_KEY, maxRetries: 0, ...options });
  const outcome = await core.request(request).then(
    (value) => value,
    (error: unknown) => error,
  );
  if (outcome instanceof Error) {
    const cause = outcome.cause instanceof Error ? `${outcome.cause.message} ${String(outcome.cause.cause)}` : String(outcome.cause);
    const visible = [outcome.message, String(outcome.stack), JSON.stringify(outcome), cause].join('\n');
    for (const secret of [TOKEN, ACCESS_KEY]) expect(visible).not.toContain(secret);
  }
  return outcome;
}

const truncated = (status: number, text: string, declaredLength: number): Step => (res) => {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(declaredLength) });
  res.write(text, () => res.socket?.destroy());
};

describe('truncated JSON', () => {
  it('cut off with the connection: a ConnectionError, retried for a GET', async () => {
    const error = await send([truncated(200, '{"id":"c1","na', 40)], spec('json'), { maxRetries: 1 });
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ retryable: true });
    expect(server.requests).toHaveLength(2);
  });

  it('cut off but complete as HTTP: an InvalidResponseError with the raw text', async () => {
    const error = await send([reply.text(200, '{"id":"c1","na', { 'content-type': 'application/json' })], spec('json'));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ status: 200, code: 'INVALID_RESPONSE', body: '{"id":"c1","na', retryable: false });
    expect((error as Error).message).toContain('does not parse');
  });

  it('an error body cut off: still the status error, with what arrived', async () => {
    const error = await send([reply.text(500, '{"error":{"status":"INTERNAL","rea', { 'content-type': 'application/json' })], spec('json'));
    expect(error).toBeInstanceOf(InternalError);
    expect(error).toMatchObject({ status: 500, body: '{"error":{"status":"INTERNAL","rea' });
  });
});

describe('a 200 with the wrong content type', () => {
  it('JSON sent as text/html is parsed: the body decides, not the header', async () => {
    await expect(send([reply.text(200, '{"id":"c1"}', { 'content-type': 'text/html' })], spec('json'))).resolves.toEqual({ id: 'c1' });
  });

  it('HTML sent as application/json is an InvalidResponseError', async () => {
    const error = await send([reply.text(200, '<html><body>Login</body></html>', { 'content-type': 'application/json' })], spec('json'));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ body: '<html><body>Login</body></html>' });
  });

  it('JSON where a download was expected is returned as a Blob of those bytes', async () => {
    const blob = await send([reply.json(200, { not: 'audio' })], spec('binary'));
    expect(blob).toBeInstanceOf(Blob);
    expect(await (blob as Blob).text()).toBe('{"not":"audio"}');
  });
});

describe('multi-megabyte bodies', () => {
  const items = Array.from({ length: 40_000 }, (_, index) => ({ id: `call-${index}`, note: 'x'.repeat(100) }));

  it('a 5 MB JSON body is parsed whole', async () => {
    const value = (await send([reply.json(200, { result: items })], spec('json'))) as { result: unknown[] };
    expect(JSON.stringify(value).length).toBeGreaterThan(5_000_000);
    expect(value.result).toHaveLength(40_000);
  });

  it('a 5 MB body that is not JSON: InvalidResponseError with a short message and the whole body', async () => {
    const page = `<html>${'<p>maintenance</p>'.repeat(300_000)}</html>`;
    const error = await send([reply.text(200, page, { 'content-type': 'application/json' })], spec('json'));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message.length).toBeLessThan(300);
    expect((error as InvalidResponseError).body).toHaveLength(page.length);
  });

  it('a 5 MB error page: the status error, its message cut short', async () => {
    const page = 'E'.repeat(5_000_000);
    const error = await send([reply.text(502, page)], spec('json'));
    expect(error).toBeInstanceOf(InternalError);
    expect((error as Error).message.length).toBeLessThan(300);
  });
});

describe('a server that never answers', () => {
  it('ends in a TimeoutError once every attempt has timed out', async () => {
    const error = await send([reply.hang()], spec('json'), { maxRetries: 1, timeout: 50 });
    expect(error).toBeInstanceOf(TimeoutError);
    expect(server.requests).toHaveLength(2);
  });
});

describe('redirects (fetch follows them; VoIPBIN answers some calls with 307)', () => {
  const redirect = (status: number, location: string): Step => (res) => {
    res.writeHead(status, { location }).end();
  };

  it('307 and 308: the same method and body go to the new place, credentials included (same origin)', async () => {
    for (const status of [307, 308]) {
      const value = await send([redirect(status, '/v1.0/moved'), reply.json(200, { ok: status })], spec('json', 'post', { name: 'a' }));
      expect(value).toEqual({ ok: status });
      const [first, second] = server.requests;
      expect(second).toMatchObject({ method: 'POST', url: '/v1.0/moved' });
      expect(second?.body.toString()).toBe('{"name":"a"}');
      expect(second?.headers.authorization).toBe(first?.headers.authorization);
    }
  });

  it('301, 302 and 303 after a POST: fetch follows with a GET and no body', async () => {
    for (const status of [301, 302, 303]) {
      const value = await send([redirect(status, '/v1.0/result'), reply.json(200, { status })], spec('json', 'post', { name: 'a' }));
      expect(value).toEqual({ status });
      expect(server.requests[1]).toMatchObject({ method: 'GET', url: '/v1.0/result' });
      expect(server.requests[1]?.body.length).toBe(0);
    }
  });

  it('to another origin: followed, without the Authorization header', async () => {
    other.script(reply.json(200, { there: true }));
    const value = await send([redirect(307, `${other.url}/elsewhere`)], spec('json'));
    expect(value).toEqual({ there: true });
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(other.requests[0]?.headers.authorization).toBeUndefined();
  });

  it('a loop: a ConnectionError once fetch gives up, naming no secret', async () => {
    const error = await send([redirect(307, '/v1.0/things')], spec('json'));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toBeInstanceOf(VoipbinClientError);
    expect(server.requests.length).toBeGreaterThan(10);
    expect((error as Error).message).toContain('accesskey=***');
  });
});
