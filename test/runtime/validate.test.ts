import { describe, expect, it } from 'vitest';
import type { RequestSpec } from '../../templates/runtime/request-spec.js';
import { reply } from './fault-server.js';
import { serverForThisFile, testClient } from './helpers.js';

const server = await serverForThisFile();

class Rejected extends Error {}

describe('RequestSpec.validate', () => {
  it('checks the decoded body of every answer, also of each page, and rejects the call with what the check throws', async () => {
    const seen: unknown[] = [];
    const spec: RequestSpec = {
      method: 'get',
      path: '/things',
      response: 'json',
      validate: {
        response: (data) => {
          seen.push(data);
          if ((data as { bad?: boolean }).bad) throw new Rejected('bad body');
        },
      },
    };
    const { core } = testClient(server);
    server.script(reply.json(200, { id: 'a' }), reply.json(200, { bad: true }));
    await expect(core.request(spec)).resolves.toEqual({ id: 'a' });
    await expect(core.request(spec)).rejects.toBeInstanceOf(Rejected);
    expect(seen).toEqual([{ id: 'a' }, { bad: true }]);
    expect(server.requests).toHaveLength(2);

    server.script(reply.json(200, { result: [1], next_page_token: 't2' }), reply.json(200, { result: [2], next_page_token: '' }));
    const items: unknown[] = [];
    for await (const item of core.requestPage<number>(spec, {}, { itemsField: 'result', nextField: 'next_page_token', tokenParam: 'page_token' })) items.push(item);
    expect(items).toEqual([1, 2]);
    expect(seen.slice(2)).toEqual([
      { result: [1], next_page_token: 't2' },
      { result: [2], next_page_token: '' },
    ]);
  });

  it('checks the request body before anything is sent', async () => {
    const spec: RequestSpec = {
      method: 'post',
      path: '/things',
      body: { kind: 'json', value: { name: 42 } },
      response: 'json',
      validate: {
        request: (body) => {
          if (typeof (body as { name: unknown }).name !== 'string') throw new Rejected('name must be a string');
        },
      },
    };
    const { core } = testClient(server);
    await expect(core.request(spec)).rejects.toThrow('name must be a string');
    expect(server.requests).toHaveLength(0);
  });
});

describe('ValidationError', () => {
  it('says where the first problem is and how many more there are, is a VoipbinClientError and is never retried', async () => {
    const { ValidationError } = await import('../../templates/runtime/validation-error.js');
    const { VoipbinClientError } = await import('../../templates/runtime/errors.js');
    const error = new ValidationError({
      operation: 'GET /calls',
      direction: 'response',
      issues: [
        { path: ['result', 0, 'status'], message: 'Invalid option', code: 'invalid_value' },
        { path: ['next_page_token'], message: 'Expected string', code: 'invalid_type' },
      ],
    });
    expect(error).toBeInstanceOf(VoipbinClientError);
    expect(error.message).toBe('GET /calls: the response does not match the spec at result.0.status: Invalid option (and 1 more)');
    expect(error.retryable).toBe(false);
    expect(error.toJSON()).toMatchObject({ name: 'ValidationError', operation: 'GET /calls', direction: 'response', issues: error.issues });
  });
});
