import { describe, expect, it } from 'vitest';
import { buildUrl, encodePathParam, path } from '../../templates/runtime/path.js';
import { serializeQuery } from '../../templates/runtime/query.js';
import type { BodySpec } from '../../templates/runtime/request-spec.js';
import { reply, type SeenRequest } from './fault-server.js';
import { serverForThisFile, testClient } from './helpers.js';

const server = await serverForThisFile();

describe('path parameters', () => {
  it('keep an id with / ? = as one segment', () => {
    expect(encodePathParam('a/b?c=1')).toBe('a%2Fb%3Fc%3D1');
    expect(path`/calls/${'a/b?c=1'}/hangup`).toBe('/calls/a%2Fb%3Fc%3D1/hangup');
    expect(path`/queues/${42}/flags/${true}`).toBe('/queues/42/flags/true');
    expect(encodePathParam('ünï #%')).toBe('%C3%BCn%C3%AF%20%23%25');
  });

  it('refuse values that would change the endpoint', () => {
    for (const value of ['', '.', '..']) expect(() => encodePathParam(value)).toThrow(RangeError);
  });

  it('join the base URL without doubling slashes', () => {
    expect(buildUrl('https://api.voipbin.net/v1.0/', '/calls', '')).toBe('https://api.voipbin.net/v1.0/calls');
    expect(buildUrl('https://api.voipbin.net/v1.0', '/calls', 'a=1')).toBe('https://api.voipbin.net/v1.0/calls?a=1');
  });

  it('reach the server unchanged', async () => {
    server.script(reply.json(200, {}));
    const { core } = testClient(server);
    await core.request({ method: 'post', path: path`/calls/${'a/b?c=1'}/hangup`, response: 'json' });
    expect(server.requests[0]).toMatchObject({ method: 'POST', url: '/v1.0/calls/a%2Fb%3Fc%3D1/hangup' });
  });
});

describe('serializeQuery', () => {
  const ids = ['a', 'b c'];
  const color = { R: 100, G: 'x&y' };

  it.each([
    ['form, explode (default)', { value: ids }, 'q=a&q=b%20c'],
    ['form, no explode', { value: ids, explode: false }, 'q=a,b%20c'],
    ['spaceDelimited', { value: ids, style: 'spaceDelimited' }, 'q=a%20b%20c'],
    ['pipeDelimited', { value: ids, style: 'pipeDelimited' }, 'q=a|b%20c'],
    ['pipeDelimited, explode', { value: ids, style: 'pipeDelimited', explode: true }, 'q=a&q=b%20c'],
    ['object, form, explode', { value: color }, 'R=100&G=x%26y'],
    ['object, form, no explode', { value: color, explode: false }, 'q=R,100,G,x%26y'],
    ['object, deepObject', { value: color, style: 'deepObject', explode: true }, 'q[R]=100&q[G]=x%26y'],
    ['nested deepObject', { value: { a: { b: 1 }, c: [1, 2] }, style: 'deepObject' }, 'q[a][b]=1&q[c]=1&q[c]=2'],
    ['a date', { value: new Date(Date.UTC(2030, 0, 2, 3, 4, 5)) }, 'q=2030-01-02T03%3A04%3A05.000Z'],
    ['a boolean', { value: false }, 'q=false'],
    ['undefined', { value: undefined }, ''],
    ['null', { value: null }, ''],
    ['an empty array', { value: [] }, ''],
    ['an array with holes', { value: [1, null, 2] }, 'q=1&q=2'],
    ['objects inside an array', { value: [{ a: 1 }] }, 'q=%7B%22a%22%3A1%7D'],
  ] as const)('%s', (_name, param, expected) => {
    expect(serializeQuery([{ name: 'q', ...param }])).toBe(expected);
  });

  it('encodes names too', () => {
    expect(serializeQuery([{ name: 'a b', value: 1 }, { name: 'f[x]', value: 2, style: 'deepObject' }])).toBe('a%20b=1&f%5Bx%5D=2');
  });

  it('reaches the server in order, with call-level parameters replacing operation ones', async () => {
    server.script(reply.json(200, {}));
    const { core } = testClient(server);
    const query = { page_size: 10, status: ['active', 'ended'], filter: { type: 'sip' } };
    const queryStyles = { status: { explode: false }, filter: { style: 'deepObject' as const } };
    await core.request({ method: 'get', path: '/calls', query, queryStyles, response: 'json' }, { query: { page_size: 50, debug: true } });
    expect(server.requests[0]?.url).toBe('/v1.0/calls?status=active,ended&filter[type]=sip&page_size=50&debug=true');
  });
});

describe('request bodies', () => {
  async function send(body: BodySpec): Promise<SeenRequest> {
    server.script(reply.json(200, {}));
    const { core } = testClient(server);
    await core.request({ method: 'post', path: '/upload', body, response: 'json' });
    const [seen] = server.requests;
    if (!seen) throw new Error('the server saw no request');
    return seen;
  }

  /** Parses the multipart body the server received with the platform's own parser. */
  async function formDataOf(seen: SeenRequest): Promise<FormData> {
    const contentType = seen.headers['content-type'] ?? '';
    return new Response(new Uint8Array(seen.body), { headers: { 'content-type': contentType } }).formData();
  }

  it('sends JSON', async () => {
    const seen = await send({ kind: 'json', value: { name: 'x', n: [1] } });
    expect(seen.headers['content-type']).toBe('application/json');
    expect(JSON.parse(seen.body.toString())).toEqual({ name: 'x', n: [1] });
  });

  it('sends multipart with file parts, repeated fields and JSON objects', async () => {
    const file = new File(['RIFF…wave'], 'greeting.wav', { type: 'audio/wav' });
    const seen = await send({
      kind: 'multipart',
      value: {
        file,
        bytes: new TextEncoder().encode('raw bytes'),
        name: 'greeting',
        tags: ['a', 'b'],
        meta: { lang: 'en' },
        skipped: undefined,
      },
    });
    expect(seen.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    const form = await formDataOf(seen);
    const part = form.get('file');
    expect(part).toBeInstanceOf(File);
    expect(part).toMatchObject({ name: 'greeting.wav', type: 'audio/wav' });
    expect(await (part as File).text()).toBe('RIFF…wave');
    expect(await (form.get('bytes') as File).text()).toBe('raw bytes');
    expect(form.get('name')).toBe('greeting');
    expect(form.getAll('tags')).toEqual(['a', 'b']);
    expect(form.get('meta')).toBe('{"lang":"en"}');
    expect(form.has('skipped')).toBe(false);
  });

  it('sends a urlencoded form', async () => {
    const seen = await send({ kind: 'form', value: { name: 'a b', tags: ['x', 'y'] } });
    expect(seen.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(seen.body.toString()).toBe('name=a%20b&tags=x&tags=y');
  });

  it('sends bytes, taking the content type from a Blob', async () => {
    const bytes = await send({ kind: 'binary', value: new Uint8Array([0, 1, 255]) });
    expect(bytes.headers['content-type']).toBe('application/octet-stream');
    expect([...bytes.body]).toEqual([0, 1, 255]);
    const blob = await send({ kind: 'binary', value: new Blob(['<x/>'], { type: 'application/xml' }) });
    expect(blob.headers['content-type']).toBe('application/xml');
  });

  it('sends a stream once and never retries it', async () => {
    server.script(reply.empty(503), reply.json(200, {}));
    const { core } = testClient(server);
    const stream = new Blob(['streamed']).stream();
    const spec = { method: 'put', path: '/upload', body: { kind: 'binary', value: stream }, response: 'json' } as const;
    await expect(core.request(spec)).rejects.toThrow(/HTTP 503/);
    expect(server.requests.map((r) => r.body.toString())).toEqual(['streamed']);
  });

  it('sends no body, and no content type, for an optional body left out, whatever its kind', async () => {
    for (const kind of ['text', 'binary', 'multipart', 'form', 'json'] as const) {
      server.requests.length = 0;
      const seen = await send({ kind, value: undefined } as BodySpec);
      expect(seen.body.length, kind).toBe(0);
      expect(seen.headers['content-type'], kind).toBeUndefined();
    }
  });

  it('sends text', async () => {
    const seen = await send({ kind: 'text', value: 'hello', contentType: 'text/csv' });
    expect(seen.headers['content-type']).toBe('text/csv');
    expect(seen.body.toString()).toBe('hello');
  });
});
