import { describe, expect, it } from 'vitest';
import { ValidationError, VoipbinClient, VoipbinClientError } from '../../output-samples/zod/src/index.js';

/** A fetch that answers every request with `body` as JSON. */
function answering(body: unknown): typeof fetch {
  return async () => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
}

describe('the zod sample SDK (output-samples/zod)', () => {
  const id = '9c2b7e41-0d3a-4f8e-b6c5-1a2d3e4f5a6b';

  it('returns a response that matches the spec, unknown properties included', async () => {
    const client = new VoipbinClient({ token: 't', fetch: answering({ id, direction: 'outgoing', added_later: true }), maxRetries: 0 });
    await expect(client.calls.get(id)).resolves.toEqual({ id, direction: 'outgoing', added_later: true });
  });

  it('rejects one that does not with a typed ValidationError saying where', async () => {
    const client = new VoipbinClient({ token: 't', fetch: answering({ id: 42 }), maxRetries: 0 });
    const error = await client.calls.get(id).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toBeInstanceOf(VoipbinClientError);
    expect(error).toMatchObject({ operation: 'GET /calls/{id}', direction: 'response', issues: [{ path: ['id'], code: 'invalid_type' }] });
    expect((error as ValidationError).retryable).toBe(false);
  });

  it('checks every page of a list', async () => {
    const client = new VoipbinClient({ token: 't', fetch: answering({ result: [{ id: 7 }], next_page_token: '' }), maxRetries: 0 });
    const error = await client.calls.list().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ operation: 'GET /calls', issues: [{ path: ['result', 0, 'id'] }] });
  });
});
