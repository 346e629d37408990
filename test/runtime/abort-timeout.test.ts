import { describe, expect, it, vi } from 'vitest';
import { ClientCore } from '../../templates/runtime/client-core.js';
import { AbortError, TimeoutError } from '../../templates/runtime/errors.js';
import { reply } from './fault-server.js';
import { serverForThisFile, testClient } from './helpers.js';

const server = await serverForThisFile();
const get = { method: 'get', path: '/calls', response: 'json' } as const;

/** Timers alive in this process right now. */
function activeTimers(): number {
  return process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
}

describe('abort', () => {
  it('aborts an in-flight request with AbortError and does not retry', async () => {
    server.script(reply.hang());
    const { core, delays } = testClient(server);
    const controller = new AbortController();
    const pending = core.request(get, { signal: controller.signal }).catch((e: unknown) => e);
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(AbortError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ retryable: false });
    expect(delays).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    server.script(reply.json(200, {}));
    const { core } = testClient(server);
    await expect(core.request(get, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(0);
  });

  it('interrupts the wait before a retry', async () => {
    server.script(reply.empty(503, { 'retry-after': '30' }));
    const core = new ClientCore({ logLevel: 'off' }, { baseURL: server.url });
    const controller = new AbortController();
    const started = Date.now();
    const pending = core.request(get, { signal: controller.signal }).catch((e: unknown) => e);
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    setTimeout(() => controller.abort(), 20);
    expect(await pending).toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(server.requests).toHaveLength(1);
  });
});

describe('timeout', () => {
  it('is a TimeoutError, distinct from an abort', async () => {
    server.script(reply.hang());
    const { core } = testClient(server, { maxRetries: 0, timeout: 30 });
    const error = await core.request(get).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).not.toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ retryable: true });
  });

  it('covers reading the body, not only the headers', async () => {
    server.script((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"partial":');
    });
    const { core } = testClient(server, { maxRetries: 0 });
    await expect(core.request(get, { timeout: 100 })).rejects.toBeInstanceOf(TimeoutError);
  });

  it('leaves no timer behind, whatever the outcome', async () => {
    const before = activeTimers();
    const { core } = testClient(server, { maxRetries: 0 });
    server.script(reply.json(200, { ok: true }));
    await core.request(get);
    server.script(reply.empty(500));
    await core.request(get).catch(() => undefined);
    server.script(reply.reset());
    await core.request(get).catch(() => undefined);
    server.script(reply.hang());
    await core.request(get, { timeout: 20 }).catch(() => undefined);
    const controller = new AbortController();
    const aborted = core.request(get, { signal: controller.signal }).catch(() => undefined);
    controller.abort();
    await aborted;
    expect(activeTimers()).toBe(before);
  });
});
