import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  binary,
  decodePageToken,
  defineMocks,
  empty,
  encodePageToken,
  indexedId,
  json,
  operation,
  pageBody,
  requestIdFor,
  resolveReason,
  text,
  withOverrides,
  type MockOperation,
} from '../../templates/mocks-runtime/index.js';

const BASE = 'http://runtime.test/api';
const thing = { id: 'x', name: 'thing' };
const OPERATIONS = {
  'things.list': {
    method: 'get',
    path: '/things',
    status: 200,
    response: { kind: 'json', body: () => ({ result: [thing], next_page_token: 'sample' }) },
    page: { itemsField: 'result', nextField: 'next_page_token', tokenParam: 'page_token', sizeParam: 'page_size', defaultSize: 4 },
  },
  'things.summary': { method: 'get', path: '/things/summary', status: 200, response: { kind: 'json', body: () => ({ total: 1 }) } },
  'things.get': { method: 'get', path: '/things/{id}', status: 200, response: { kind: 'json', body: () => thing } },
  'things.delete': { method: 'delete', path: '/things/{id}', status: 204, response: { kind: 'empty' } },
} satisfies Record<string, MockOperation>;
const REASONS = { THING_NOT_FOUND: { http: 404, status: 'NOT_FOUND', message: 'No such thing.' }, SLOW_DOWN: { http: 429, status: 'RESOURCE_EXHAUSTED', message: 'Too many.' } };
const STATUSES = { NOT_FOUND: 404, ALREADY_EXISTS: 409, RESOURCE_EXHAUSTED: 429 };
const mocks = defineMocks<typeof OPERATIONS, { [K in keyof typeof OPERATIONS]: 'THING_NOT_FOUND' }>({ operations: OPERATIONS, reasons: REASONS, statuses: STATUSES, baseURL: BASE });

describe('paging', () => {
  const page = OPERATIONS['things.list'].page;
  it('slices a fixed list with chained tokens and an empty token on the last page', () => {
    const first = pageBody({ result: [thing], next_page_token: 'x' }, page, new URL(`${BASE}/things?page_size=3`), 7);
    expect((first.result as { id: string }[]).map((item) => item.id)).toEqual([indexedId(0), indexedId(1), indexedId(2)]);
    expect(decodePageToken(first.next_page_token as string)).toBe(3);
    const last = pageBody({ result: [thing] }, page, new URL(`${BASE}/things?page_size=3&page_token=${encodePageToken(6)}`), 7);
    expect(last.result).toHaveLength(1);
    expect(last.next_page_token).toBe('');
  });
  it('uses the default size for a missing or bad size and starts over for an unreadable token', () => {
    expect(pageBody({ result: [thing] }, page, new URL(`${BASE}/things?page_size=-2&page_token=%%%`), 9).result).toHaveLength(4);
    expect(decodePageToken('bm9wZQ==')).toBe(0);
  });
  it('makes VoIPBIN-shaped request ids', () => {
    expect(requestIdFor('a')).toMatch(/^req_[0-9A-F]{16}$/);
    expect(requestIdFor('a')).toBe(requestIdFor('a'));
    expect(requestIdFor('a')).not.toBe(requestIdFor('b'));
  });
});

describe('the builders generated code uses', () => {
  it('build the operations and responses the table would spell as literals', () => {
    const body = () => thing;
    expect(operation('get', '/things/{id}', 200, json(body))).toEqual({ method: 'get', path: '/things/{id}', status: 200, response: { kind: 'json', body } });
    expect(operation('get', '/things', 200, json(body), OPERATIONS['things.list'].page)).toEqual({ method: 'get', path: '/things', status: 200, response: { kind: 'json', body }, page: OPERATIONS['things.list'].page });
    expect(Object.keys(operation('delete', '/things/{id}', 204, empty()))).toEqual(['method', 'path', 'status', 'response']);
    expect([empty(), binary('image/png'), text('text/plain', () => 'hi')]).toEqual([{ kind: 'empty' }, { kind: 'binary', contentType: 'image/png' }, { kind: 'text', contentType: 'text/plain', body: expect.any(Function) }]);
  });
  it('give a fixture with overrides replacing its top-level fields, a fresh object each time', () => {
    const sample = { id: 'x', tags: ['a'] };
    expect(withOverrides<typeof sample>({ id: 'y' }, sample)).toEqual({ id: 'y', tags: ['a'] });
    expect(withOverrides<typeof sample>(undefined, sample)).not.toBe(sample);
  });
});

describe('resolveReason', () => {
  const catalog = { baseURL: BASE, reasons: REASONS, statuses: STATUSES };
  it('takes the catalog, a canonical status named as reason, or an explicit status', () => {
    expect(resolveReason('things.get', 'THING_NOT_FOUND', {}, catalog)).toEqual({ http: 404, status: 'NOT_FOUND', message: 'No such thing.' });
    expect(resolveReason('things.get', 'ALREADY_EXISTS', {}, catalog)).toMatchObject({ http: 409, status: 'ALREADY_EXISTS' });
    expect(resolveReason('things.get', 'CUSTOM', { status: 'NOT_FOUND' }, catalog)).toMatchObject({ http: 404, status: 'NOT_FOUND' });
    expect(() => resolveReason('things.get', 'CUSTOM', {}, catalog)).toThrow(/not in the error catalog; pass \{ status/);
  });
});

describe('MSW handlers', () => {
  const server = setupServer(...mocks.createMockHandlers({ listSize: 6 }));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  it('routes static paths before parameters and answers empty responses without a body', async () => {
    expect(await (await fetch(`${BASE}/things/summary`)).json()).toEqual({ total: 1 });
    expect(await (await fetch(`${BASE}/things/abc`)).json()).toEqual(thing);
    const deleted = await fetch(`${BASE}/things/abc`, { method: 'DELETE' });
    expect([deleted.status, await deleted.text()]).toEqual([204, '']);
  });

  it('lets unknown requests fall through', async () => {
    await expect(fetch(`${BASE}/nothing/here/at/all`)).rejects.toThrow();
    await expect(fetch(`${BASE}/things`, { method: 'PATCH' })).rejects.toThrow();
  });

  it('pages a list by page_size and page_token', async () => {
    const ids: string[] = [];
    let url: string | undefined = `${BASE}/things?page_size=4`;
    while (url) {
      const body = (await (await fetch(url)).json()) as { result: { id: string }[]; next_page_token: string };
      ids.push(...body.result.map((item) => item.id));
      url = body.next_page_token ? `${BASE}/things?page_size=4&page_token=${body.next_page_token}` : undefined;
    }
    expect(ids).toEqual(Array.from({ length: 6 }, (_, index) => indexedId(index)));
  });

  it('answers error scenarios with the envelope, once when asked', async () => {
    server.use(mocks.mockError('things.get', 'THING_NOT_FOUND', { once: true, details: [{ field: 'id' }] }));
    const failed = await fetch(`${BASE}/things/abc`);
    const body = (await failed.json()) as { error: Record<string, unknown> };
    expect(failed.status).toBe(404);
    expect(body.error).toEqual({ status: 'NOT_FOUND', reason: 'THING_NOT_FOUND', message: 'No such thing.', request_id: failed.headers.get('x-request-id'), details: [{ field: 'id' }] });
    expect((await fetch(`${BASE}/things/abc`)).status).toBe(200);
  });

  it('answers a rate limit with 429, the catalog reason and Retry-After', async () => {
    server.use(mocks.mockRateLimit('things.list', { retryAfter: 3 }));
    const limited = await fetch(`${BASE}/things`);
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '3']);
    expect(((await limited.json()) as { error: { reason: string } }).error.reason).toBe('SLOW_DOWN');
  });

  it('answers under another root with at(baseURL), and names unknown operations', async () => {
    server.use(...mocks.at('http://other.test').createMockHandlers());
    expect(await (await fetch('http://other.test/things/summary')).json()).toEqual({ total: 1 });
    expect(() => mocks.mockError('nope' as 'things.get', 'THING_NOT_FOUND')).toThrow(/No operation "nope"/);
  });
});
