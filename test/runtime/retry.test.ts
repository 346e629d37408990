import { describe, expect, it } from 'vitest';
import {
  ConnectionError,
  InvalidResponseError,
  TimeoutError,
  type VoipbinClientError,
} from '../../templates/runtime/errors.js';
import { errorFromResponse } from '../../templates/runtime/error-factory.js';
import { parseRetryAfter, retryDelay, shouldRetry } from '../../templates/runtime/retry.js';
import {
  InternalError,
  InvalidArgumentError,
  ResourceExhaustedError,
  UnavailableError,
} from '../../templates/runtime/status-errors.js';
import { reply } from './fault-server.js';
import { recordingLogger, serverForThisFile, testClient } from './helpers.js';

const server = await serverForThisFile();
const NOW = Date.UTC(2030, 0, 1, 12, 0, 0);
const ok = reply.json(200, { ok: true });
const get = { method: 'get', path: '/calls', response: 'json' } as const;
const post = { method: 'post', path: '/calls', body: { kind: 'json', value: { a: 1 } }, response: 'json' } as const;

function statusError(status: number, headers: Record<string, string> = {}): VoipbinClientError {
  return errorFromResponse(status, new Headers(headers), '');
}

describe('parseRetryAfter', () => {
  it('reads delay-seconds, HTTP dates, and ignores garbage', () => {
    expect(parseRetryAfter('2', NOW)).toBe(2000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
    expect(parseRetryAfter(new Date(NOW + 5000).toUTCString(), NOW)).toBe(5000);
    expect(parseRetryAfter(new Date(NOW - 5000).toUTCString(), NOW)).toBe(0);
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
  });
});

describe('retryDelay', () => {
  const clock = (random: number) => ({ random: () => random, now: () => NOW });

  it('uses full jitter under a ceiling that doubles from 0.5 s up to 8 s', () => {
    const error = new ConnectionError('x');
    expect([0, 1, 2, 3, 4, 5, 10].map((retry) => retryDelay(retry, error, clock(0.999999)))).toEqual([
      499, 999, 1999, 3999, 7999, 7999, 7999,
    ]);
    expect(retryDelay(3, error, clock(0))).toBe(0);
  });

  it('honours Retry-After on 429 and 503 only, capped at 60 s', () => {
    expect(retryDelay(0, statusError(429, { 'retry-after': '3' }), clock(0.5))).toBe(3000);
    expect(retryDelay(0, statusError(503, { 'retry-after': '7' }), clock(0.5))).toBe(7000);
    expect(retryDelay(0, statusError(503, { 'retry-after': '3600' }), clock(0.5))).toBe(60_000);
    expect(retryDelay(0, statusError(500, { 'retry-after': '3' }), clock(0.5))).toBe(250);
    expect(retryDelay(1, statusError(429, { 'retry-after': 'later' }), clock(0.5))).toBe(500);
  });
});

describe('shouldRetry', () => {
  it('retries transient failures of idempotent methods', () => {
    for (const method of ['get', 'put', 'delete', 'head', 'options'] as const) {
      for (const error of [new ConnectionError('x'), new TimeoutError('x'), statusError(408), statusError(429), statusError(500), statusError(502), statusError(503), statusError(504)]) {
        expect(shouldRetry(method, error, false), `${method} ${error.message}`).toBe(true);
      }
    }
  });

  it('never retries client errors, 501, or invalid responses', () => {
    for (const error of [statusError(400), statusError(401), statusError(404), statusError(409), statusError(501)]) {
      expect(shouldRetry('get', error, true), error.message).toBe(false);
    }
    expect(shouldRetry('get', new InvalidResponseError('x', { status: 200, headers: new Headers() }), true)).toBe(false);
  });

  it('retries POST and PATCH only on 429, unless retryPost', () => {
    for (const method of ['post', 'patch'] as const) {
      expect(shouldRetry(method, statusError(429), false)).toBe(true);
      expect(shouldRetry(method, statusError(503), false)).toBe(false);
      expect(shouldRetry(method, new ConnectionError('x'), false)).toBe(false);
      expect(shouldRetry(method, new TimeoutError('x'), false)).toBe(false);
      expect(shouldRetry(method, statusError(503), true)).toBe(true);
      expect(shouldRetry(method, new ConnectionError('x'), true)).toBe(true);
    }
  });
});

describe('retries against a faulty server', () => {
  it('waits Retry-After seconds on 429, then succeeds', async () => {
    server.script(reply.error(429, { status: 'RESOURCE_EXHAUSTED', reason: 'RATE_LIMIT_EXCEEDED' }, { 'retry-after': '2' }), ok);
    const { core, delays } = testClient(server);
    await expect(core.request(get)).resolves.toEqual({ ok: true });
    expect(delays).toEqual([2000]);
    expect(server.requests).toHaveLength(2);
  });

  it('waits until a Retry-After HTTP date on 429', async () => {
    const date = new Date(NOW + 3000).toUTCString();
    server.script(reply.empty(429, { 'retry-after': date }), reply.empty(429, { 'retry-after': date }), ok);
    const { core, delays } = testClient(server, {}, { now: () => NOW });
    await expect(core.request(get)).resolves.toEqual({ ok: true });
    expect(delays).toEqual([3000, 3000]);
  });

  it('backs off exponentially on 503 without Retry-After', async () => {
    server.script(reply.empty(503), reply.empty(503), ok);
    const { core, delays } = testClient(server);
    await expect(core.request(get)).resolves.toEqual({ ok: true });
    expect(delays).toEqual([250, 500]);
    expect(server.requests).toHaveLength(3);
  });

  it('honours Retry-After on 503', async () => {
    server.script(reply.empty(503, { 'retry-after': '1' }), ok);
    const { core, delays } = testClient(server);
    await core.request(get);
    expect(delays).toEqual([1000]);
  });

  it('gives up after maxRetries and throws the last error', async () => {
    server.script(reply.error(503, { status: 'UNAVAILABLE', reason: 'SERVICE_UNAVAILABLE', message: 'down' }));
    const { core, delays } = testClient(server, { maxRetries: 3 });
    await expect(core.request(get)).rejects.toBeInstanceOf(UnavailableError);
    expect(server.requests).toHaveLength(4);
    expect(delays).toEqual([250, 500, 1000]);
  });

  it('takes maxRetries per request over the client default', async () => {
    server.script(reply.empty(503));
    const { core } = testClient(server, { maxRetries: 5 });
    await expect(core.request(get, { maxRetries: 0 })).rejects.toBeInstanceOf(UnavailableError);
    expect(server.requests).toHaveLength(1);
  });

  it('retries a reset connection', async () => {
    server.script(reply.reset(), ok);
    const { core, delays } = testClient(server);
    await expect(core.request(get)).resolves.toEqual({ ok: true });
    expect(delays).toEqual([250]);
    expect(server.requests).toHaveLength(2);
  });

  it('throws ConnectionError when resets persist', async () => {
    server.script(reply.reset());
    const { core } = testClient(server);
    const error = await core.request(get).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/v1\.0\/calls failed: /);
    expect(server.requests).toHaveLength(3);
  });

  it('retries an attempt that timed out', async () => {
    server.script(reply.hang(), ok);
    const { core } = testClient(server, { timeout: 100 });
    await expect(core.request(get)).resolves.toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
  });

  it('throws TimeoutError when every attempt times out', async () => {
    server.script(reply.hang());
    const { core } = testClient(server, { maxRetries: 1 });
    const error = await core.request(get, { timeout: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(/timed out after 50 ms$/);
    expect(server.requests).toHaveLength(2);
  });

  it('does not retry POST on 503 or a reset', async () => {
    server.script(reply.empty(503));
    const { core } = testClient(server);
    await expect(core.request(post)).rejects.toBeInstanceOf(UnavailableError);
    expect(server.requests).toHaveLength(1);

    server.script(reply.reset());
    await expect(core.request(post)).rejects.toBeInstanceOf(ConnectionError);
    expect(server.requests).toHaveLength(1);
  });

  it('retries POST on 429', async () => {
    server.script(reply.empty(429, { 'retry-after': '1' }), reply.json(201, { id: 'c1' }));
    const { core, delays } = testClient(server);
    await expect(core.request(post)).resolves.toEqual({ id: 'c1' });
    expect(delays).toEqual([1000]);
    expect(server.requests.map((r) => r.body.toString())).toEqual(['{"a":1}', '{"a":1}']);
  });

  it('retries POST on 503 when retryPost is set', async () => {
    server.script(reply.empty(503), reply.json(201, { id: 'c1' }));
    const { core } = testClient(server, { retryPost: true });
    await expect(core.request(post)).resolves.toEqual({ id: 'c1' });
    expect(server.requests).toHaveLength(2);
  });

  it('does not retry PATCH on 500, or any method on 400 and 501', async () => {
    const { core } = testClient(server);
    server.script(reply.empty(500));
    await expect(core.request({ ...post, method: 'patch' })).rejects.toThrow(/HTTP 500/);
    server.script(reply.error(400, { status: 'INVALID_ARGUMENT', reason: 'INVALID_ID' }));
    await expect(core.request(get)).rejects.toBeInstanceOf(InvalidArgumentError);
    server.script(reply.empty(501));
    await expect(core.request(get)).rejects.toBeInstanceOf(InternalError);
    expect(server.requests).toHaveLength(1);
  });

  it('logs each retry at debug level with attempt, reason and delay', async () => {
    server.script(reply.empty(503), reply.empty(429, { 'retry-after': '1' }), ok);
    const logger = recordingLogger();
    const { core } = testClient(server, { logger, logLevel: 'debug' });
    await core.request(get);
    const retries = logger.lines.filter((line) => line.message.startsWith('Retrying'));
    expect(retries.map((line) => [line.level, line.args[0]])).toEqual([
      ['debug', { attempt: 2, maxAttempts: 3, reason: 'HTTP 503', delayMs: 250 }],
      ['debug', { attempt: 3, maxAttempts: 3, reason: 'HTTP 429', delayMs: 1000 }],
    ]);
  });

  it('logs nothing at the default level', async () => {
    server.script(reply.empty(503), ok);
    const logger = recordingLogger();
    const { core } = testClient(server, { logger, logLevel: 'warn' });
    await core.request(get);
    expect(logger.lines).toEqual([]);
  });

  it('exhausts retries on 429 with a ResourceExhaustedError carrying the reason', async () => {
    server.script(reply.error(429, { status: 'RESOURCE_EXHAUSTED', reason: 'RATE_LIMIT_EXCEEDED', details: [{ limited_by: 'ip' }] }, { 'retry-after': '1' }));
    const { core } = testClient(server, { maxRetries: 1 });
    const error = await core.request(post).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResourceExhaustedError);
    expect(error).toMatchObject({ reason: 'RATE_LIMIT_EXCEEDED', details: [{ limited_by: 'ip' }], retryable: true });
  });
});
