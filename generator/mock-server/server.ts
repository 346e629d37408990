import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiIR } from '../ir/types.js';
import { MockApi, type MockApiOptions } from './handle.js';

/** Request bodies larger than this are refused (400), so one request cannot exhaust memory. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface MockServerOptions extends MockApiOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Milliseconds added before every response. */
  latency: number;
}

export interface RunningMockServer {
  /** `http://127.0.0.1:4010`; append the spec's base path or not, both are served. */
  url: string;
  api: MockApi;
  close(): Promise<void>;
}

class BodyTooLarge extends Error {}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge());
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the mock on `host:port` (127.0.0.1 unless told otherwise). */
export async function startMockServer(ir: ApiIR, options: MockServerOptions): Promise<RunningMockServer> {
  const api = new MockApi(ir, options);
  const server: Server = createServer(async (request, response) => {
    let body: string;
    try {
      body = await readBody(request);
    } catch (error) {
      const tooLarge = error instanceof BodyTooLarge;
      response.writeHead(tooLarge ? 400 : 500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { status: tooLarge ? 'INVALID_ARGUMENT' : 'INTERNAL', reason: tooLarge ? 'INVALID_ARGUMENT' : 'INTERNAL', message: tooLarge ? `Body over ${MAX_BODY_BYTES} bytes` : 'Could not read the body', request_id: 'req_BODY' } }));
      return;
    }
    const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]));
    const reply = api.handle({ method: request.method ?? 'GET', url: request.url ?? '/', headers, body });
    if (options.latency > 0) await sleep(options.latency);
    const json = reply.headers['content-type'] === undefined || reply.headers['content-type'].includes('json');
    const payload = reply.body === undefined ? '' : json ? JSON.stringify(reply.body) : String(reply.body);
    response.writeHead(reply.status, { ...(reply.body !== undefined && json ? { 'content-type': 'application/json' } : {}), ...reply.headers });
    response.end(payload);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    api,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
