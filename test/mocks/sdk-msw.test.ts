import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { ApiIR } from '../../generator/index.js';
import { describeWithShared, REAL_ERRORS_RST, REAL_SPEC } from '../support/shared.js';
import { generateSdkToTemp } from '../support/generate-to-temp.js';
import { responseValidator } from '../support/spec-ajv.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- the generated SDK is imported at run time */
const CLASS_BY_STATUS: Record<string, string> = {
  INVALID_ARGUMENT: 'InvalidArgumentError', UNAUTHENTICATED: 'UnauthenticatedError', PAYMENT_REQUIRED: 'PaymentRequiredError',
  PERMISSION_DENIED: 'PermissionDeniedError', NOT_FOUND: 'NotFoundError', ALREADY_EXISTS: 'AlreadyExistsError',
  FAILED_PRECONDITION: 'FailedPreconditionError', RESOURCE_EXHAUSTED: 'ResourceExhaustedError', UNAVAILABLE: 'UnavailableError', INTERNAL: 'InternalError',
};
const BASE = 'http://mock.test/v1.0';

describeWithShared('the generated SDK (real spec) against its own MSW handlers', () => {
  let sdk: any;
  let mocks: any;
  let ir: ApiIR;
  let server: ReturnType<typeof setupServer>;
  const seen: string[] = [];

  beforeAll(async () => {
    const { dir, result } = await generateSdkToTemp({ spec: REAL_SPEC, reasons: [REAL_ERRORS_RST] });
    ir = result.ir;
    sdk = await import(pathToFileURL(join(dir, 'src/index.ts')).href);
    const generated = await import(pathToFileURL(join(dir, 'src/mocks/index.ts')).href);
    mocks = { ...generated, ...generated.mockApi.at(BASE) };
    server = setupServer(...mocks.createMockHandlers({ listSize: 23 }));
    server.events.on('request:start', ({ request }) => {
      seen.push(`${request.method} ${request.url}`);
    });
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => {
    server.resetHandlers();
    seen.length = 0;
  });
  afterAll(() => server?.close());

  const client = (options: Record<string, unknown> = {}) => new sdk.VoipbinClient({ baseURL: BASE, token: 'test-token', ...options });

  it('lists every item with for await, over pages chained by next_page_token', async () => {
    const ids: string[] = [];
    for await (const call of client().calls.list({ pageSize: 10 })) ids.push(call.id);
    expect(ids).toHaveLength(23);
    expect(new Set(ids).size).toBe(23);
    expect(seen).toHaveLength(3);
    expect(seen[1]).toMatch(/page_token=/);
    const first = await client().tags.list({ pageSize: 5 });
    expect(first.items).toHaveLength(5);
    const second = await first.getNextPage();
    expect(second.items.map((tag: any) => tag.id)).not.toEqual(first.items.map((tag: any) => tag.id));
  });

  it('answers an error scenario per canonical status with its reason, HTTP status and request id', async () => {
    const statuses = Object.keys(mocks.MOCK_STATUSES);
    expect(statuses.length).toBeGreaterThanOrEqual(9);
    for (const status of statuses) {
      const reason = Object.keys(mocks.MOCK_REASONS).find((name) => mocks.MOCK_REASONS[name].status === status) ?? status;
      server.use(mocks.mockError('calls.get', reason));
      const error = await client({ maxRetries: 0 }).calls.get('0b6f3c1e-0000-4000-8000-000000000001').catch((caught: unknown) => caught);
      expect(error, status).toBeInstanceOf(sdk[CLASS_BY_STATUS[status] as string]);
      expect(error.code).toBe(status);
      expect(error.reason).toBe(reason);
      expect(error.status).toBe(mocks.MOCK_REASONS[reason]?.http ?? mocks.MOCK_STATUSES[status]);
      expect(error.requestId).toMatch(/^req_[0-9A-F]{16}$/);
      server.resetHandlers();
    }
  });

  it('mockError takes the catalog reason of an operation, e.g. calls.hangup CALL_ALREADY_HANGUP', async () => {
    server.use(mocks.mockError('calls.hangup', 'CALL_ALREADY_HANGUP', { requestId: 'req_FIXED0000000001' }));
    const error = await client().calls.hangup('0b6f3c1e-0000-4000-8000-000000000001').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(sdk.FailedPreconditionError);
    expect([error.status, error.code, error.reason, error.requestId]).toEqual([409, 'FAILED_PRECONDITION', 'CALL_ALREADY_HANGUP', 'req_FIXED0000000001']);
    expect(() => mocks.mockError('calls.hangup', 'NOT_A_REASON')).toThrow(/not in the error catalog/);
  });

  it('answers 429 with Retry-After, and the SDK retries past a one-off rate limit', async () => {
    server.use(mocks.mockRateLimit('calls.list', { retryAfter: 0, once: true }));
    const page = await client({ maxRetries: 2 }).calls.list({ pageSize: 2 });
    expect(page.items).toHaveLength(2);
    expect(seen).toHaveLength(2);
    server.use(mocks.mockRateLimit('calls.list', { retryAfter: 7 }));
    const error = await client({ maxRetries: 0 }).calls.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(sdk.ResourceExhaustedError);
    expect(error.headers.get('retry-after')).toBe('7');
  });

  it('answers every operation with a 2xx body valid against the spec', async () => {
    const validate = responseValidator(REAL_SPEC);
    const problems: string[] = [];
    let checked = 0;
    for (const operation of ir.operations) {
      const url = BASE + operation.path.replace(/\{[^}]+\}/g, '0b6f3c1e-0000-4000-8000-000000000001');
      const response = await fetch(url, { method: operation.method.toUpperCase(), ...(operation.method === 'get' ? {} : { body: '{}' }) });
      if (response.status >= 300) problems.push(`${operation.method} ${operation.path}: HTTP ${response.status}`);
      if (operation.success?.kind !== 'json') continue;
      const validator = validate(operation.method, operation.path, operation.success.status);
      if (!validator) continue;
      checked++;
      if (!validator(await response.json())) problems.push(`${operation.method} ${operation.path}: ${JSON.stringify(validator.errors?.slice(0, 2))}`);
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  });
});
