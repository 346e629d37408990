import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, writeOutput } from '../../generator/index.js';
import { reply } from './fault-server.js';
import { serverForThisFile } from './helpers.js';

/**
 * The same faults through an SDK generated from the example spec, imported
 * as its users would: the generated methods hand the runtime's typed errors
 * through, exported from the SDK's own index.
 */
const server = await serverForThisFile();
const tmp = mkdtempSync(join(tmpdir(), 'sdkgen-client-faults-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Sdk = Record<string, new (...args: never[]) => unknown> & {
  VoipbinClient: new (options: Record<string, unknown>) => { calls: { get(id: string): Promise<unknown>; hangup(id: string): Promise<unknown> } };
};
let sdk: Sdk;

beforeAll(async () => {
  const result = await generate({ format: false });
  if (!result.ok) throw new Error('the example spec did not generate');
  writeOutput(join(tmp, 'sdk'), result.files, { cwd: tmp });
  sdk = (await import(join(tmp, 'sdk/src/index.ts'))) as Sdk;
}, 120_000);

// A timeout long enough for a first request on a loaded machine; the hang test passes a short one.
const client = (timeout = 5_000) => new sdk.VoipbinClient({ baseURL: server.url, token: 'tok_SECRET_generated', maxRetries: 0, timeout, logLevel: 'off' });

describe('faults through a generated client', () => {
  it('truncated JSON: the SDK exports the InvalidResponseError it throws', async () => {
    server.script(reply.text(200, '{"id":"c1"', { 'content-type': 'application/json' }));
    const error = await client().calls.get('c1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(sdk.InvalidResponseError);
    expect(server.requests[0]?.url).toBe('/v1.0/calls/c1');
  });

  it('no answer: TimeoutError', async () => {
    server.script(reply.hang());
    await expect(client(100).calls.get('c1')).rejects.toBeInstanceOf(sdk.TimeoutError);
  });

  it('a 307 is followed to where it points, with the same method', async () => {
    server.script((res) => res.writeHead(307, { location: '/v1.0/calls/c2/hangup' }).end(), reply.json(200, { id: 'c2' }));
    await expect(client().calls.hangup('c1')).resolves.toEqual({ id: 'c2' });
    expect(server.requests.map((request) => `${request.method} ${request.url}`)).toEqual(['POST /v1.0/calls/c1/hangup', 'POST /v1.0/calls/c2/hangup']);
  });

  it('an error status: the typed subclass, no token in it', async () => {
    server.script(reply.error(404, { status: 'NOT_FOUND', reason: 'CALL_NOT_FOUND', message: 'no call' }));
    const error = await client().calls.get('c1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(sdk.NotFoundError);
    expect(JSON.stringify(error) + String((error as Error).stack)).not.toContain('tok_SECRET_generated');
  });
});
