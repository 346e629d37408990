import { describe, expect, expectTypeOf, it } from 'vitest';
import { ClientCore } from '../../templates/runtime/client-core.js';
import { errorFromResponse, type ReasonRetryability } from '../../templates/runtime/error-factory.js';
import { isErrorWithReason, isVoipbinError, VoipbinError } from '../../templates/runtime/errors.js';
import { shouldRetry } from '../../templates/runtime/retry.js';
import { FailedPreconditionError, NotFoundError, UnavailableError } from '../../templates/runtime/status-errors.js';
import { reply } from './fault-server.js';
import { serverForThisFile } from './helpers.js';

const server = await serverForThisFile();
const get = { operation: 'calls.get', method: 'get', path: '/calls/1', response: 'json' } as const;
const post = { operation: 'calls.hangup', method: 'post', path: '/calls/1/hangup', response: 'json' } as const;
const ok = reply.json(200, { ok: true });

/** A catalog the way a generated `src/reasons.ts` answers: two retryable reasons, two that are not. */
const CATALOG: Record<string, boolean> = {
  SERVICE_UNAVAILABLE: true,
  RATE_LIMIT_EXCEEDED: true,
  SIGNING_NOT_CONFIGURED: false,
  CALL_NOT_FOUND: false,
};
const isRetryableReason: ReasonRetryability = (reason) => (Object.hasOwn(CATALOG, reason) ? CATALOG[reason] : undefined);

/** `null` for a client without a reason catalog. */
function envelopeError(status: number, reason: string | undefined, retryability: ReasonRetryability | null = isRetryableReason) {
  const body = JSON.stringify({ error: { status: 'X', reason, message: 'm' } });
  return errorFromResponse(status, new Headers(), body, { isRetryableReason: retryability ?? undefined, operation: 'calls.get' });
}

/** A client whose retry waits take no time (`null`: no reason catalog); `delays` records them. */
function client(retryability: ReasonRetryability | null = isRetryableReason) {
  const delays: number[] = [];
  const core = new ClientCore(
    { logLevel: 'off' },
    { baseURL: server.url, ...(retryability ? { isRetryableReason: retryability } : {}) },
    { sleep: async (ms) => void delays.push(ms), random: () => 0.5 },
  );
  return { core, delays };
}

describe('retryable from the reason catalog', () => {
  it('lets a known reason decide, both ways, and the status decide otherwise', () => {
    expect(envelopeError(503, 'SIGNING_NOT_CONFIGURED').retryable).toBe(false);
    expect(envelopeError(503, 'SERVICE_UNAVAILABLE').retryable).toBe(true);
    expect(envelopeError(400, 'RATE_LIMIT_EXCEEDED').retryable).toBe(true);
    expect(envelopeError(503, 'NEWER_THAN_THE_SDK').retryable).toBe(true);
    expect(envelopeError(404, 'NEWER_THAN_THE_SDK').retryable).toBe(false);
    expect(envelopeError(503, undefined).retryable).toBe(true);
    expect(envelopeError(503, 'SIGNING_NOT_CONFIGURED', null).retryable).toBe(true);
  });

  it('feeds shouldRetry: a non-retryable reason stops even an idempotent retry', () => {
    expect(shouldRetry('get', envelopeError(503, 'SIGNING_NOT_CONFIGURED'), true)).toBe(false);
    expect(shouldRetry('get', envelopeError(503, 'SERVICE_UNAVAILABLE'), false)).toBe(true);
    // POST still needs retryPost, except for a retryable 429.
    expect(shouldRetry('post', envelopeError(503, 'SERVICE_UNAVAILABLE'), false)).toBe(false);
    expect(shouldRetry('post', envelopeError(429, 'RATE_LIMIT_EXCEEDED'), false)).toBe(true);
  });
});

describe('the client retries by reason', () => {
  it('does not retry a 503 whose reason is marked non-retryable', async () => {
    server.script(reply.error(503, { status: 'UNAVAILABLE', reason: 'SIGNING_NOT_CONFIGURED' }), ok);
    const { core, delays } = client();
    const error = await core.request(get).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnavailableError);
    expect(error).toMatchObject({ reason: 'SIGNING_NOT_CONFIGURED', retryable: false });
    expect(server.requests).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it('retries a 503 with a retryable reason', async () => {
    server.script(reply.error(503, { status: 'UNAVAILABLE', reason: 'SERVICE_UNAVAILABLE' }), ok);
    const { core, delays } = client();
    await expect(core.request(get)).resolves.toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
    expect(delays).toEqual([250]);
  });

  it('retries a 400 whose reason the catalog marks retryable (the reason is the more specific signal)', async () => {
    server.script(reply.error(400, { status: 'INVALID_ARGUMENT', reason: 'RATE_LIMIT_EXCEEDED' }), ok);
    const { core } = client();
    await expect(core.request(get)).resolves.toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
  });

  it('falls back to the status for a reason newer than the SDK, and without a catalog', async () => {
    server.script(reply.error(503, { status: 'UNAVAILABLE', reason: 'BRAND_NEW_REASON' }), ok);
    await expect(client().core.request(get)).resolves.toEqual({ ok: true });
    server.script(reply.error(503, { status: 'UNAVAILABLE', reason: 'SIGNING_NOT_CONFIGURED' }), ok);
    await expect(client(null).core.request(get)).resolves.toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
  });
});

describe('reasons and operations on errors', () => {
  it('accepts a reason the SDK has never heard of, and tags the error with its operation', async () => {
    server.script(reply.error(409, { status: 'FAILED_PRECONDITION', reason: 'CALL_TELEPORTED', message: 'new' }));
    const error = await client().core.request(post).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FailedPreconditionError);
    expect(error).toMatchObject({ reason: 'CALL_TELEPORTED', operation: 'calls.hangup', retryable: false });
    expect(isErrorWithReason(error, 'CALL_TELEPORTED')).toBe(true);
    expect((error as VoipbinError).toJSON()).toMatchObject({ reason: 'CALL_TELEPORTED', operation: 'calls.hangup' });
  });

  it('isErrorWithReason matches the exact reason of API errors only', () => {
    const notFound = errorFromResponse(404, new Headers(), JSON.stringify({ error: { status: 'NOT_FOUND', reason: 'CALL_NOT_FOUND' } }));
    expect(notFound).toBeInstanceOf(NotFoundError);
    expect(isErrorWithReason(notFound, 'CALL_NOT_FOUND')).toBe(true);
    expect(isErrorWithReason(notFound, 'call_not_found')).toBe(false);
    expect(isErrorWithReason(notFound, 'FLOW_NOT_FOUND')).toBe(false);
    expect(isErrorWithReason(new Error('CALL_NOT_FOUND'), 'CALL_NOT_FOUND')).toBe(false);
    expect(isErrorWithReason({ reason: 'CALL_NOT_FOUND' }, 'CALL_NOT_FOUND')).toBe(false);
    expect(isErrorWithReason(undefined, 'CALL_NOT_FOUND')).toBe(false);
  });

  it('narrows the type to the literal', () => {
    const value: unknown = errorFromResponse(404, new Headers(), '');
    if (isErrorWithReason(value, 'CALL_NOT_FOUND')) {
      expectTypeOf(value.reason).toEqualTypeOf<'CALL_NOT_FOUND'>();
      expectTypeOf(value).toMatchTypeOf<VoipbinError>();
    }
    if (isVoipbinError(value)) expectTypeOf(value.reason).toEqualTypeOf<string | undefined>();
  });
});
