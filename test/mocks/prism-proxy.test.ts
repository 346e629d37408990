/**
 * Prism (Stoplight's validator, not ours) as a validating proxy in front of
 * our mock server: the generated SDK lists every top-level collection and
 * reads an item of each through it, and Prism checks each response against
 * the real spec. It reports violations in the `sl-violations` header.
 */
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sdkSurface, type SdkMethod } from '../../generator/diff/sdk-surface.js';
import { startMockServer, type RunningMockServer } from '../../generator/mock-server/server.js';
import { generateSdkToTemp } from '../support/generate-to-temp.js';
import { startPrism, type PrismServer } from '../support/prism.js';
import { describeWithShared, REAL_ERRORS_RST, REAL_SPEC } from '../support/shared.js';

interface Exercised {
  call: string;
  status: number | undefined;
  violations: string[];
}

describeWithShared('Prism as a validating proxy in front of the mock server', () => {
  let server: RunningMockServer;
  let prism: PrismServer;
  let liar: Server;
  let liarProxy: PrismServer;
  let sdk: any;
  let methods: SdkMethod[];

  beforeAll(async () => {
    const { dir, result } = await generateSdkToTemp({ spec: REAL_SPEC, reasons: [REAL_ERRORS_RST] });
    sdk = await import(pathToFileURL(join(dir, 'src/index.ts')).href);
    methods = [...sdkSurface(result.ir, result.config.clientName).methods.values()];
    server = await startMockServer(result.ir, { host: '127.0.0.1', port: 0, seed: 5, latency: 0, failRate: 0, retryAfter: 0, auth: false, preload: 3 });
    // A negative control: an upstream that answers every request with the wrong types.
    liar = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"result":[{"id":5}],"next_page_token":7}');
    });
    await new Promise<void>((resolve) => liar.listen(0, '127.0.0.1', resolve));
    const liarAddress = liar.address() as { port: number };
    [prism, liarProxy] = await Promise.all([
      startPrism(REAL_SPEC, { upstream: server.url }),
      startPrism(REAL_SPEC, { upstream: `http://127.0.0.1:${liarAddress.port}` }),
    ]);
  }, 240_000);

  afterAll(async () => {
    await Promise.all([prism?.stop(), liarProxy?.stop(), server?.close()]);
    liar?.close();
  });

  /** An SDK client through `proxy` that records Prism's verdict on each response. */
  function recordingClient(proxy: PrismServer, log: Exercised[], call: { name: string }) {
    const recordingFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const header = response.headers.get('sl-violations');
      log.push({ call: call.name, status: response.status, violations: header ? (JSON.parse(header) as { message: string }[]).map((v) => v.message) : [] });
      return response;
    };
    return new sdk.VoipbinClient({ baseURL: proxy.url, token: 'test-token', maxRetries: 0, fetch: recordingFetch });
  }

  const methodAt = (client: any, sdkPath: string) => {
    const names = sdkPath.split('.').slice(1);
    const owner = names.slice(0, -1).reduce((node, name) => node[name], client);
    return (...args: unknown[]) => owner[names[names.length - 1] as string](...args);
  };

  it('the proxy does validate: wrong types from upstream are reported', async () => {
    const log: Exercised[] = [];
    const client = recordingClient(liarProxy, log, { name: 'client.tags.list' });
    await client.tags.list().catch(() => undefined);
    expect(log[0]?.violations.join('\n')).toContain('next_page_token must be string');
  });

  it('every top-level list and item get answers with zero response violations', async () => {
    const log: Exercised[] = [];
    const current = { name: '' };
    const client = recordingClient(prism, log, current);
    const lists = methods.filter(
      (m) => m.operation.method === 'get' && m.operation.pagination && m.operation.params.path.length === 0 && m.operation.params.query.every((p) => !p.required),
    );
    const gets = new Map(methods.filter((m) => m.operation.method === 'get' && /^\/[^/]+\/\{[^}]+\}$/.test(m.operation.path)).map((m) => [m.operation.path.replace(/\/\{[^}]+\}$/, ''), m]));
    let items = 0;
    for (const list of lists) {
      current.name = list.sdkPath;
      const page = await methodAt(client, list.sdkPath)({ pageSize: 2 });
      const item = page.items[0] as { id?: string } | undefined;
      const get = gets.get(list.operation.path);
      if (!get || typeof item?.id !== 'string') continue;
      current.name = get.sdkPath;
      await methodAt(client, get.sdkPath)(item.id);
      items += 1;
    }
    const problems = log.filter((entry) => entry.status !== 200 || entry.violations.length > 0);
    expect(problems.map((p) => `${p.call}: HTTP ${p.status} ${p.violations.join('; ')}`).join('\n')).toBe('');
    console.info(`Prism proxy validated ${log.length} responses: ${lists.length} lists and ${items} item reads`);
    expect(lists.length).toBeGreaterThanOrEqual(40);
    expect(items).toBeGreaterThanOrEqual(30);
  }, 180_000);
});
