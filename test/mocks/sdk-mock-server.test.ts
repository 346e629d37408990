import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ApiIR, OperationIR } from '../../generator/index.js';
import { startMockServer, type MockServerOptions, type RunningMockServer } from '../../generator/mock-server/server.js';
import { SampleEngine } from '../../generator/mocks/sample.js';
import { describeWithShared, REAL_ERRORS_RST, REAL_SPEC } from '../support/shared.js';
import { generateSdkToTemp } from '../support/generate-to-temp.js';
import { responseValidator } from '../support/spec-ajv.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- the generated SDK is imported at run time */
const RESOURCES = ['tags', 'flows', 'agents', 'queues', 'extensions', 'outplans', 'calls'];
const OPTIONS: MockServerOptions = { host: '127.0.0.1', port: 0, seed: 3, latency: 0, failRate: 0, retryAfter: 0, auth: true, preload: 0 };

describeWithShared('the generated SDK (real spec) against the mock server', () => {
  let sdk: any;
  let ir: ApiIR;
  let server: RunningMockServer;
  let validate: ReturnType<typeof responseValidator>;
  const operation = (method: string, path: string) => ir.operations.find((entry) => entry.method === method && entry.path === path) as OperationIR;

  beforeAll(async () => {
    const { dir, result } = await generateSdkToTemp({ spec: REAL_SPEC, reasons: [REAL_ERRORS_RST] });
    ir = result.ir;
    sdk = await import(pathToFileURL(join(dir, 'src/index.ts')).href);
    server = await startMockServer(ir, OPTIONS);
    validate = responseValidator(REAL_SPEC);
  });
  afterAll(() => server?.close());

  const client = (url: string, options: Record<string, unknown> = {}) => new sdk.VoipbinClient({ baseURL: `${url}/v1.0`, token: 'test-token', maxRetries: 0, ...options });

  /** GETs a path from the server and checks the JSON against the spec's response schema. */
  async function validated(url: string, template: string, concrete: string): Promise<any> {
    const response = await fetch(`${url}${concrete}`, { headers: { authorization: 'Bearer t' } });
    expect(response.status, concrete).toBe(200);
    const body = await response.json();
    const check = validate('get', template, 200);
    expect(check, `a response schema for GET ${template}`).toBeDefined();
    expect(check!(body) ? [] : check!.errors, `GET ${concrete}`).toEqual([]);
    return body;
  }

  it(`creates, reads, lists, updates and deletes ${RESOURCES.join(', ')}; list and get responses validate with ajv`, async () => {
    const api = client(server.url);
    const bodies = new SampleEngine(ir.schemas, 11, 'request');
    for (const name of RESOURCES) {
      const body = bodies.sample(operation('post', `/${name}`).body!.schema, name) as Record<string, unknown>;
      if ('name' in body) body.name = `round trip ${name}`;
      const created = await api[name].create(body);
      const record = name === 'calls' ? created.calls[0] : created;
      expect(record.id, name).toMatch(/^[0-9a-f-]{36}$/);
      if ('name' in body) expect(record.name).toBe(`round trip ${name}`);

      expect(await api[name].get(record.id)).toEqual(record);
      await validated(server.url, `/${name}/{id}`, `/${name}/${record.id}`);
      const listed: string[] = [];
      for await (const item of api[name].list({ pageSize: 1 })) listed.push(item.id);
      expect(listed).toContain(record.id);
      await validated(server.url, `/${name}`, `/${name}?page_size=5`);

      if (operation('put', `/${name}/{id}`)) {
        const update = bodies.sample(operation('put', `/${name}/{id}`).body!.schema, `${name} update`) as Record<string, unknown>;
        update.name = `renamed ${name}`;
        expect((await api[name].update(record.id, update)).name).toBe(`renamed ${name}`);
        expect((await api[name].get(record.id)).name).toBe(`renamed ${name}`);
      }
      expect((await api[name].delete(record.id)).id).toBe(record.id);
      const gone = await api[name].get(record.id).catch((error: unknown) => error);
      expect(gone).toBeInstanceOf(sdk.NotFoundError);
      expect(gone.reason, name).toBe(`${name.replace(/s$/, '').toUpperCase()}_NOT_FOUND`);
      expect(gone.requestId).toMatch(/^req_/);
    }
  });

  it('answers every list and get of top-level collections with bodies valid against the spec (ajv)', async () => {
    const seeded = await startMockServer(ir, { ...OPTIONS, preload: 2, auth: false });
    try {
      let checked = 0;
      const values = new SampleEngine(ir.schemas, 5, 'request');
      for (const list of ir.operations.filter((entry) => entry.pagination && entry.method === 'get' && !entry.path.includes('{'))) {
        const query = new URLSearchParams({ page_size: '2' });
        for (const param of list.params.query.filter((entry) => entry.required)) query.set(param.name, String(values.sample(param.schema, param.pointer)));
        const page = await validated(seeded.url, list.path, `${list.path}?${query}`);
        checked++;
        const first = page.result?.[0];
        if (first?.id && operation('get', `${list.path}/{id}`)) {
          await validated(seeded.url, `${list.path}/{id}`, `${list.path}/${first.id}`);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(80);
    } finally {
      await seeded.close();
    }
  });

  it('rejects bad requests with the envelope: 401 without credentials, 400 naming the offending field', async () => {
    const anonymous = new sdk.VoipbinClient({ baseURL: `${server.url}/v1.0`, maxRetries: 0 });
    const unauthenticated = await anonymous.tags.list().catch((error: unknown) => error);
    expect([unauthenticated.constructor.name, unauthenticated.code, unauthenticated.reason]).toEqual(['UnauthenticatedError', 'UNAUTHENTICATED', 'AUTHENTICATION_REQUIRED']);
    expect((await anonymous.tags.list({}, { query: { accesskey: 'key' } })).items).toBeDefined();
    const invalid = await client(server.url).tags.create({ name: 42, detail: 'x' }).catch((error: unknown) => error);
    expect(invalid).toBeInstanceOf(sdk.InvalidArgumentError);
    expect(invalid.details).toEqual([{ field: 'name', description: 'must be a string' }]);
  });

  it('injects 503 and 429 with Retry-After under --fail-rate, and the SDK retries through them', async () => {
    const flaky = await startMockServer(ir, { ...OPTIONS, failRate: 0.5, seed: 9, preload: 1 });
    try {
      const api = client(flaky.url, { maxRetries: 10, retryPost: true });
      for (let round = 0; round < 8; round++) {
        const tag = await api.tags.create({ name: `flaky ${round}`, detail: 'retried' });
        expect((await api.tags.get(tag.id)).name).toBe(`flaky ${round}`);
        expect((await api.tags.list()).items.length).toBeGreaterThan(0);
      }
      const { faults, byStatus, requests } = flaky.api.stats;
      expect(faults).toBeGreaterThan(5);
      expect(requests).toBe(24 + faults);
      expect((byStatus[503] ?? 0) + (byStatus[429] ?? 0)).toBe(faults);
      expect(byStatus[503]).toBeGreaterThan(0);
      expect(byStatus[429]).toBeGreaterThan(0);
    } finally {
      await flaky.close();
    }
  });
});
