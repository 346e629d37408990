import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the server saw it. */
export interface SeenRequest {
  method: string;
  /** Raw request target, exactly as sent: `/calls/a%2Fb?x=1`. */
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

/** What the server does with one request. */
export type Step = (res: ServerResponse, req: SeenRequest) => void;

/** Ready-made steps. */
export const reply = {
  json: (status: number, body: unknown, headers: OutgoingHttpHeaders = {}): Step => (res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
  },
  text: (status: number, text: string, headers: OutgoingHttpHeaders = {}): Step => (res) => {
    res.writeHead(status, { 'content-type': 'text/plain', ...headers }).end(text);
  },
  bytes: (status: number, bytes: Uint8Array, contentType: string): Step => (res) => {
    res.writeHead(status, { 'content-type': contentType }).end(bytes);
  },
  empty: (status: number, headers: OutgoingHttpHeaders = {}): Step => (res) => {
    res.writeHead(status, headers).end();
  },
  /** VoIPBIN's error envelope. */
  error: (status: number, error: Record<string, unknown>, headers: OutgoingHttpHeaders = {}): Step =>
    reply.json(status, { error }, headers),
  /** Kills the connection without answering. */
  reset: (): Step => (res) => {
    res.socket?.destroy();
  },
  /** Never answers (until the server closes). */
  hang: (): Step => () => {},
};

/** A local HTTP server on 127.0.0.1 that answers from a script of steps. */
export class FaultServer {
  readonly requests: SeenRequest[] = [];
  #steps: Step[] = [];
  readonly #server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const seen = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) };
      this.requests.push(seen);
      const step = this.#steps[Math.min(this.requests.length, this.#steps.length) - 1];
      (step ?? reply.text(599, 'no step scripted'))(res, seen);
    });
  });

  static async start(): Promise<FaultServer> {
    const server = new FaultServer();
    await new Promise<void>((resolve) => server.#server.listen(0, '127.0.0.1', resolve));
    return server;
  }

  /** Base URL, with a `/v1.0` prefix like the real API. */
  get url(): string {
    const { port } = this.#server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/v1.0`;
  }

  /** Answers the next requests with these steps, in order; the last one repeats. */
  script(...steps: Step[]): void {
    this.#steps = steps;
    this.requests.length = 0;
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.#server.close((error) => (error ? reject(error) : resolve())));
  }
}
