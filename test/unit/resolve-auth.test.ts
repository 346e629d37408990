import { describe, expect, it } from 'vitest';
import { resolveAuth, VOIPBIN_AUTH } from '../../generator/ir/passes/resolve-auth.js';
import type { AuthSchemeIR } from '../../generator/ir/types.js';
import { api, operation } from '../support/ir-fixture.js';

const declared: AuthSchemeIR = { kind: 'apiKey', name: 'key', in: 'header', paramName: 'X-Key', pointer: '#/components/securitySchemes/key' };
const custom: AuthSchemeIR[] = [{ kind: 'basic', name: 'basicAuth' }];

describe('resolveAuth', () => {
  it("assumes VoIPBIN's Bearer JWT or accesskey query parameter when the spec declares no schemes", () => {
    const ir = resolveAuth(api({ operations: [operation('get', '/calls')] }));
    expect(ir.auth).toEqual(VOIPBIN_AUTH);
    expect(ir.auth.map((scheme) => scheme.kind)).toEqual(['bearer', 'apiKey']);
    expect(ir.auth[1]).toMatchObject({ in: 'query', paramName: 'accesskey' });
    expect(ir.operations[0]!.security).toEqual(['bearerAuth', 'accessKey']);
  });

  it('applies a configured fallback to operations without security and keeps explicit requirements', () => {
    const open = operation('post', '/auth/login');
    const explicit = operation('get', '/calls', { security: ['special'] });
    const ir = resolveAuth(api({ operations: [open, explicit] }), custom);
    expect(ir.auth).toEqual(custom);
    expect(ir.operations.map((op) => op.security)).toEqual([['basicAuth'], ['special']]);
    expect(open.security).toEqual([]);
  });

  it('leaves a spec with declared schemes as it is', () => {
    const input = api({ auth: [declared], operations: [operation('get', '/calls')] });
    const ir = resolveAuth(input, custom);
    expect(ir).toBe(input);
    expect(ir.operations[0]!.security).toEqual([]);
  });

  it('does nothing with an empty fallback', () => {
    const input = api({ operations: [operation('get', '/calls')] });
    expect(resolveAuth(input, [])).toBe(input);
  });
});
