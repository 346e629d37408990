import { describe, expect, expectTypeOf, it } from 'vitest';
import { errorFromResponse } from '../../templates/runtime/error-factory.js';
import {
  AbortError,
  ConnectionError,
  InvalidResponseError,
  TimeoutError,
  VoipbinClientError,
  VoipbinError,
  isVoipbinError,
} from '../../templates/runtime/errors.js';
import {
  AlreadyExistsError,
  ApiError,
  FailedPreconditionError,
  InternalError,
  InvalidArgumentError,
  NotFoundError,
  PaymentRequiredError,
  PermissionDeniedError,
  ResourceExhaustedError,
  UnauthenticatedError,
  UnavailableError,
} from '../../templates/runtime/status-errors.js';
import { reply } from './fault-server.js';
import { serverForThisFile, testClient } from './helpers.js';

const server = await serverForThisFile();

const NGINX_502 = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx</center>
</body>
</html>`;

const envelope = (error: Record<string, unknown>) => JSON.stringify({ error });

describe('errorFromResponse', () => {
  it('turns an envelope into its subclass with code, reason, requestId and details', () => {
    const error = errorFromResponse(
      404,
      new Headers({ 'x-request-id': 'req_header' }),
      envelope({
        status: 'NOT_FOUND',
        reason: 'CALL_NOT_FOUND',
        message: 'The call does not exist.',
        request_id: 'req_01HXYZ',
        details: [{ field: 'id' }],
      }),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toBeInstanceOf(VoipbinError);
    expect(error).toBeInstanceOf(VoipbinClientError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'NotFoundError',
      status: 404,
      code: 'NOT_FOUND',
      reason: 'CALL_NOT_FOUND',
      requestId: 'req_01HXYZ',
      details: [{ field: 'id' }],
      body: undefined,
      retryable: false,
    });
    expect(error.message).toBe('HTTP 404 CALL_NOT_FOUND: The call does not exist. [request_id: req_01HXYZ]');
    expect(String(error)).toBe(`NotFoundError: ${error.message}`);
  });

  it.each([
    [400, 'INVALID_ARGUMENT', InvalidArgumentError],
    [401, 'UNAUTHENTICATED', UnauthenticatedError],
    [402, 'PAYMENT_REQUIRED', PaymentRequiredError],
    [403, 'PERMISSION_DENIED', PermissionDeniedError],
    [404, 'NOT_FOUND', NotFoundError],
    [409, 'ALREADY_EXISTS', AlreadyExistsError],
    [409, 'FAILED_PRECONDITION', FailedPreconditionError],
    [429, 'RESOURCE_EXHAUSTED', ResourceExhaustedError],
    [503, 'UNAVAILABLE', UnavailableError],
    [500, 'INTERNAL', InternalError],
  ])('maps %i %s to its class', (status, code, ErrorClass) => {
    const error = errorFromResponse(status, new Headers(), envelope({ status: code, reason: 'R', message: 'm', request_id: 'q' }));
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error.code).toBe(code);
  });

  it.each([
    [400, InvalidArgumentError, 'INVALID_ARGUMENT'],
    [404, NotFoundError, 'NOT_FOUND'],
    [409, FailedPreconditionError, 'FAILED_PRECONDITION'],
    [502, InternalError, 'INTERNAL'],
    [504, InternalError, 'INTERNAL'],
    [405, ApiError, 'UNKNOWN'],
    [422, ApiError, 'UNKNOWN'],
  ])('derives the class of a %i without an envelope from the HTTP status', (status, ErrorClass, code) => {
    const error = errorFromResponse(status, new Headers(), '');
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toMatchObject({ status, code, reason: undefined, details: [] });
  });

  it('keeps an HTML proxy page on body and gives a readable message', () => {
    const error = errorFromResponse(502, new Headers({ 'content-type': 'text/html', 'x-request-id': 'req_edge' }), NGINX_502);
    expect(error).toBeInstanceOf(InternalError);
    expect(error.body).toBe(NGINX_502);
    expect(error.message).toBe('HTTP 502 INTERNAL: 502 Bad Gateway 502 Bad Gateway nginx [request_id: req_edge]');
    expect(error.requestId).toBe('req_edge');
    expect(error.retryable).toBe(true);
  });

  it('cuts a long body to 200 characters in the message', () => {
    const error = errorFromResponse(500, new Headers(), 'x'.repeat(1000));
    expect(error.message).toBe(`HTTP 500 INTERNAL: ${'x'.repeat(200)}…`);
    expect(error.body).toHaveLength(1000);
  });

  it('says so when the body is empty', () => {
    expect(errorFromResponse(503, new Headers(), '').message).toBe('HTTP 503 UNAVAILABLE: (empty body)');
  });

  it('falls back to the HTTP status for an unknown envelope status', () => {
    const error = errorFromResponse(504, new Headers(), envelope({ status: 'DEADLINE_EXCEEDED', reason: 'REQUEST_TIMEOUT' }));
    expect(error).toBeInstanceOf(InternalError);
    expect(error).toMatchObject({ code: 'DEADLINE_EXCEEDED', reason: 'REQUEST_TIMEOUT' });
  });

  it('serialises to JSON with its fields', () => {
    const error = errorFromResponse(409, new Headers(), envelope({ status: 'ALREADY_EXISTS', reason: 'DUPLICATE', message: 'dup', request_id: 'q1' }));
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'AlreadyExistsError',
      message: 'HTTP 409 DUPLICATE: dup [request_id: q1]',
      retryable: false,
      status: 409,
      code: 'ALREADY_EXISTS',
      reason: 'DUPLICATE',
      requestId: 'q1',
      details: [],
    });
  });
});

describe('error classes', () => {
  it('tells API errors from client-side ones', () => {
    const api = errorFromResponse(500, new Headers(), '');
    const invalid = new InvalidResponseError('bad', { status: 200, headers: new Headers() });
    const local = [new ConnectionError('c'), new TimeoutError('t'), new AbortError('a')];
    expect(isVoipbinError(api)).toBe(true);
    expect(isVoipbinError(invalid)).toBe(true);
    expect(isVoipbinError(new Error('x'))).toBe(false);
    for (const error of local) {
      expect(isVoipbinError(error)).toBe(false);
      expect(error).toBeInstanceOf(VoipbinClientError);
    }
    expect(local.map((error) => [error.name, error.retryable])).toEqual([
      ['ConnectionError', true],
      ['TimeoutError', true],
      ['AbortError', false],
    ]);
    expect(invalid).toMatchObject({ code: 'INVALID_RESPONSE', retryable: false });
  });

  it('types reason by the documented reasons while accepting others', () => {
    expectTypeOf<NotFoundError<'CALL_NOT_FOUND'>['reason']>().toEqualTypeOf<'CALL_NOT_FOUND' | (string & {}) | undefined>();
    expectTypeOf<NotFoundError['reason']>().toEqualTypeOf<string | undefined>();
  });
});

describe('errors from the server', () => {
  it('throws the envelope subclass for a 404, without retrying', async () => {
    server.script(
      reply.error(404, { status: 'NOT_FOUND', reason: 'CALL_NOT_FOUND', message: 'no call', request_id: 'req_1', details: [] }),
    );
    const { core } = testClient(server);
    const error = await core.request({ method: 'get', path: '/calls/x', response: 'json' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ reason: 'CALL_NOT_FOUND', code: 'NOT_FOUND', requestId: 'req_1' });
    expect(server.requests).toHaveLength(1);
  });

  it('throws InternalError with the raw page for an HTML 502 after retrying', async () => {
    server.script((res) => res.writeHead(502, { 'content-type': 'text/html' }).end(NGINX_502));
    const { core } = testClient(server);
    const error = await core.request({ method: 'get', path: '/calls', response: 'json' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalError);
    expect(error).toMatchObject({ status: 502, body: NGINX_502 });
    expect((error as Error).message).toContain('502 Bad Gateway');
    expect(server.requests).toHaveLength(3);
  });
});
