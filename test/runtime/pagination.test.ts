import { describe, expect, it } from 'vitest';
import { InvalidResponseError } from '../../templates/runtime/errors.js';
import type { PageConfig } from '../../templates/runtime/pagination.js';
import type { RequestSpec } from '../../templates/runtime/request-spec.js';
import { reply, type Step } from './fault-server.js';
import { serverForThisFile, testClient } from './helpers.js';

const server = await serverForThisFile();
const config: PageConfig = { itemsField: 'result', nextField: 'next_page_token', tokenParam: 'page_token' };
const list: RequestSpec = { method: 'get', path: '/calls', query: { page_size: 2 }, response: 'json' };

interface Call {
  id: string;
}

const page = (ids: string[], next?: string): Step =>
  reply.json(200, { result: ids.map((id) => ({ id })), ...(next === undefined ? {} : { next_page_token: next }) });

const threePages = [page(['c1', 'c2'], 't2'), page(['c3', 'c4'], 't3'), page(['c5'], '')];

describe('pagination', () => {
  it('walks every item of every page with for await', async () => {
    server.script(...threePages);
    const { core } = testClient(server);
    const ids: string[] = [];
    for await (const call of core.requestPage<Call>(list, undefined, config)) ids.push(call.id);
    expect(ids).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    expect(server.requests.map((r) => r.url)).toEqual([
      '/v1.0/calls?page_size=2',
      '/v1.0/calls?page_size=2&page_token=t2',
      '/v1.0/calls?page_size=2&page_token=t3',
    ]);
  });

  it('gives one page when awaited, and the next ones through getNextPage', async () => {
    server.script(...threePages);
    const { core } = testClient(server);
    const first = await core.requestPage<Call>(list, undefined, config);
    expect(first.items).toEqual([{ id: 'c1' }, { id: 'c2' }]);
    expect(first.nextPageToken).toBe('t2');
    expect(first.response.status).toBe(200);
    expect(server.requests).toHaveLength(1);

    const second = await first.getNextPage();
    const third = await second.getNextPage();
    expect(third.items).toEqual([{ id: 'c5' }]);
    expect(third.hasNextPage()).toBe(false);
    expect(third.nextPageToken).toBeUndefined();
    expect(() => third.getNextPage()).toThrow(/last page/);
  });

  it('stops when the token is absent', async () => {
    server.script(page(['c1'], 't2'), page(['c2']));
    const { core } = testClient(server);
    const ids: string[] = [];
    for await (const call of core.requestPage<Call>(list, undefined, config)) ids.push(call.id);
    expect(ids).toEqual(['c1', 'c2']);
  });

  it('fetches no further page after a break', async () => {
    server.script(...threePages);
    const { core } = testClient(server);
    for await (const call of core.requestPage<Call>(list, undefined, config)) {
      if (call.id === 'c1') break;
    }
    expect(server.requests).toHaveLength(1);
  });

  it('treats a missing items field as an empty page', async () => {
    server.script(reply.json(200, { next_page_token: '' }));
    const { core } = testClient(server);
    expect((await core.requestPage<Call>(list, undefined, config)).items).toEqual([]);
  });

  it('rejects a page whose items are not an array', async () => {
    server.script(reply.json(200, { result: 'nope' }));
    const { core } = testClient(server);
    await expect(core.requestPage<Call>(list, undefined, config)).rejects.toThrow(InvalidResponseError);
  });

  it('stops with a clear error when the server repeats a token', async () => {
    server.script(page(['c1'], 't2'), page(['c2'], 't2'));
    const { core } = testClient(server);
    const ids: string[] = [];
    const iterate = async () => {
      for await (const call of core.requestPage<Call>(list, undefined, config)) ids.push(call.id);
    };
    const error = await iterate().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(/Pagination loop.*"t2"/);
    expect(ids).toEqual(['c1']);
    expect(server.requests).toHaveLength(2);
  });

  it('also catches a longer cycle', async () => {
    server.script(page(['c1'], 'A'), page(['c2'], 'B'), page(['c3'], 'A'));
    const { core } = testClient(server);
    const first = await core.requestPage<Call>(list, undefined, config);
    const second = await first.getNextPage();
    await expect(second.getNextPage()).rejects.toThrow(/Pagination loop/);
  });

  it("starts from the caller's page_token and replaces it on later pages", async () => {
    server.script(page(['c3'], 't3'), page(['c5']));
    const { core } = testClient(server);
    const ids: string[] = [];
    const spec = { ...list, query: { ...list.query, page_token: 't2' } };
    for await (const call of core.requestPage<Call>(spec, undefined, config)) ids.push(call.id);
    expect(ids).toEqual(['c3', 'c5']);
    expect(server.requests.map((r) => r.url)).toEqual(['/v1.0/calls?page_size=2&page_token=t2', '/v1.0/calls?page_size=2&page_token=t3']);
  });

  it('reports a loop back to the caller-supplied first token', async () => {
    server.script(page(['c3'], 't2'));
    const { core } = testClient(server);
    await expect(core.requestPage<Call>(list, { query: { page_token: 't2' } }, config)).rejects.toThrow(/Pagination loop/);
  });

  it('offers withResponse on the page promise', async () => {
    server.script(reply.json(200, { result: [{ id: 'c1' }] }, { 'x-request-id': 'req_page' }));
    const { core } = testClient(server);
    const { data, response, requestId } = await core.requestPage<Call>(list, undefined, config).withResponse();
    expect(data.items).toEqual([{ id: 'c1' }]);
    expect(response.headers.get('x-request-id')).toBe('req_page');
    expect(requestId).toBe('req_page');
  });
});
