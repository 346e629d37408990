import { describe, expect, it, vi } from 'vitest';
import { ClientCore } from '../../templates/runtime/client-core.js';
import { AbortError, TimeoutError } from '../../templates/runtime/errors.js';
import { reply } from './fault-server.js';
import { serverForThisFile, testClient } from './helpers.js';

const server = await serverForThisFile();
const get = { method: 'get', path: '/calls', response: 'json' } as const;

/**
 * Records the timers the client's runtime starts (through the global
 * `setTimeout`) and which of them are still pending. The fault server and
 * fetch run in this process too and keep their own timers (keep-alive,
 * header timeouts), so counting every timer in the process would be flaky.
 */
function trackRuntimeTimers() {
  const pending = new Set<unknown>();
  let started = 0;
  const realSet = globalThis.setTimeout;
  const realClear = globalThis.clearTimeout;
  const set = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const fromRuntime = /templates[\\/]runtime/.test(new Error().stack ?? '');
    const handle = realSet(
      (...inner: unknown[]) => {
        pending.delete(handle);
        callback(...inner);
      },
      ms,
      ...args,
    );
    if (fromRuntime) {
      started += 1;
      pending.add(handle);
    }
    return handle;
  }) as typeof setTimeout);
  const clear = vi.spyOn(globalThis, 'clearTimeout').mockImplementation(((handle?: Parameters<typeof clearTimeout>[0]) => {
    pending.delete(handle);
    realClear(handle);
  }) as typeof clearTimeout);
  return {
    pending,
    started: () => started,
    restore: () => {
      set.mockRestore();
      clear.mockRestore();
    },
  };
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
    const timers = trackRuntimeTimers();
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
    timers.restore();
    // One timer per attempt that reached fetch; the last request is aborted before it does.
    expect(timers.started()).toBeGreaterThanOrEqual(4);
    expect([...timers.pending]).toEqual([]);
  });
});
