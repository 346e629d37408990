import { describe, expect, it } from 'vitest';
import type { ClientOptions } from '../../templates/runtime/options.js';
import { redactHeaders, redactText } from '../../templates/runtime/redact.js';
import type { RequestSpec } from '../../templates/runtime/request-spec.js';
import { reply, type Step } from './fault-server.js';
import { recordingLogger, serverForThisFile, testClient } from './helpers.js';

const server = await serverForThisFile();
const ACCESS_KEY = 'AK-secret-4f9a1c';
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.secret-payload.sig';
const PROVIDED = 'provided-token-77e2';

describe('redactText', () => {
  it('masks accesskey parameters, Bearer credentials and known secrets', () => {
    expect(redactText('GET https://x/calls?a=1&accesskey=abc&b=2')).toBe('GET https://x/calls?a=1&accesskey=***&b=2');
    expect(redactText('GET https://x/calls?AccessKey=abc#frag')).toBe('GET https://x/calls?AccessKey=***#frag');
    expect(redactText('Authorization: Bearer abc.def.ghi, next')).toBe('Authorization: Bearer ***, next');
    expect(redactText('key k/1 or k%2F1 leaked', ['k/1', undefined, ''])).toBe('key *** or *** leaked');
  });
});

describe('redactHeaders', () => {
  it('masks credential headers only', () => {
    const headers = new Headers({ Authorization: 'Bearer x', Cookie: 'c=1', Accept: 'application/json' });
    expect(redactHeaders(headers)).toEqual({ authorization: '***', cookie: '***', accept: 'application/json' });
  });
});

/** Runs a call against one scripted fault and returns every string a user could see. */
async function visibleText(options: ClientOptions, steps: Step[], spec: RequestSpec, timeout = 1_000): Promise<string[]> {
  server.script(...steps);
  const logger = recordingLogger();
  const { core } = testClient(server, { ...options, logger, logLevel: 'debug', timeout, maxRetries: 1 });
  const seen: string[] = [];
  try {
    await core.request(spec);
  } catch (error) {
    const e = error as Error;
    seen.push(e.message, String(e), JSON.stringify(e), e.stack ?? '');
  }
  for (const line of logger.lines) seen.push(line.message, JSON.stringify(line.args));
  return seen;
}

/** A server that echoes the request URL and headers back, as some proxies and debug pages do. */
const echo = (status: number): Step => (res, req) => {
  res.writeHead(status, { 'content-type': 'text/html' }).end(`<p>${req.url}</p><pre>${JSON.stringify(req.headers)}</pre>`);
};

describe('no secret ever shows', () => {
  const get: RequestSpec = { method: 'get', path: '/calls', response: 'json' };
  const scenarios: [string, Step[], RequestSpec, number?][] = [
    ['a success', [reply.json(200, { ok: true })], get],
    ['retries ending in an echoing 500', [echo(500)], get],
    ['an envelope quoting the key', [reply.error(401, { status: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS', message: `bad key ${ACCESS_KEY} / ${TOKEN} / ${PROVIDED}` })], get],
    ['a connection reset', [reply.reset()], get],
    ['a timeout', [reply.hang()], get, 30],
    ['an invalid JSON success echoing the request', [echo(200)], get],
  ];

  const clients: [string, ClientOptions, string[]][] = [
    ['a static token', { token: TOKEN, accessKey: ACCESS_KEY }, [TOKEN, ACCESS_KEY]],
    ['a token provider', { tokenProvider: () => PROVIDED, accessKey: ACCESS_KEY }, [PROVIDED, ACCESS_KEY]],
  ];

  for (const [scenario, steps, spec, timeout] of scenarios) {
    for (const [auth, options, secrets] of clients) {
      it(`after ${scenario}, with ${auth}`, async () => {
        const texts = (await visibleText(options, steps, spec, timeout)).join('\n');
        expect(server.requests.length).toBeGreaterThan(0);
        expect(texts).toContain('accesskey=***');
        for (const secret of secrets) expect(texts).not.toContain(secret);
      });
    }
  }

  it('including the server-side proof that the secrets were really sent', async () => {
    server.script(reply.json(200, {}));
    const { core } = testClient(server, { token: TOKEN, accessKey: ACCESS_KEY });
    await core.request(get);
    expect(server.requests[0]?.url).toContain(`accesskey=${ACCESS_KEY}`);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });
});
