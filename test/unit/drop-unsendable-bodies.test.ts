import { describe, expect, it } from 'vitest';
import { dropUnsendableBodies } from '../../generator/ir/passes/drop-unsendable-bodies.js';
import type { RequestBodyIR } from '../../generator/ir/types.js';
import { api, operation, schema } from '../support/ir-fixture.js';

const body: RequestBodyIR = { pointer: '#/body', required: false, contentType: 'application/json', contentTypes: ['application/json'], encoding: 'json', schema: schema.ref('Filters') };

describe('dropUnsendableBodies', () => {
  it('removes the body of a GET or HEAD, with a warning pointing at the requestBody', () => {
    const input = api({ operations: [operation('get', '/conversations', { body }), operation('head', '/calls', { body })] });
    const { ir, diagnostics } = dropUnsendableBodies(input);
    expect(ir.operations.map((op) => op.body)).toEqual([undefined, undefined]);
    expect(diagnostics.map((d) => [d.code, d.severity, d.pointer])).toEqual([
      ['request-body-not-sendable', 'warning', '#/paths/~1conversations/get/requestBody'],
      ['request-body-not-sendable', 'warning', '#/paths/~1calls/head/requestBody'],
    ]);
    expect(diagnostics[0]!.message).toContain('GET /conversations');
  });

  it('keeps bodies of POST, PUT, PATCH and DELETE', () => {
    const methods = ['post', 'put', 'patch', 'delete'] as const;
    const input = api({ operations: methods.map((method) => operation(method, '/calls', { body })) });
    const { ir, diagnostics } = dropUnsendableBodies(input);
    expect(ir.operations.every((op) => op.body === body)).toBe(true);
    expect(diagnostics).toEqual([]);
  });
});
