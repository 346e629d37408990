import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../generator/config/config.js';
import type { EmitContext } from '../../../generator/emit/emitter.js';
import { emitClient } from '../../../generator/emit/client/emit-client.js';
import { emitContext } from '../../../generator/emit/emit-sdk.js';
import { emitTypes } from '../../../generator/emit/types/emit-types.js';
import { buildResources } from '../../../generator/ir/passes/build-resources.js';
import type { ApiIR } from '../../../generator/ir/types.js';
import { api, namedSchema, operation, parameter, schema } from '../../support/ir-fixture.js';
import { SNAPSHOTS } from '../../support/scenarios.js';

/** Layer 2: a small IR given, the emitted file wanted (printer output, before prettier and the header). */
function context(ir: ApiIR): EmitContext {
  return emitContext(ir, resolveConfig()).ctx;
}

function file(files: { path: string; contents: string }[], path: string): string {
  const found = files.find((candidate) => candidate.path === path);
  if (!found) throw new Error(`${path} was not emitted; got ${files.map((f) => f.path).join(', ')}`);
  return found.contents;
}

describe('emitter given/want', () => {
  it('models: interface with optional, nullable and odd keys; enum union plus const object; alias for a union', async () => {
    const ir = api({
      schemas: [
        namedSchema('call-status', schema.enumOf(['ringing', 'hang up', '*/'], { description: 'Where a call is.' })),
        namedSchema('Call', schema.object({ id: schema.string(), 'status?': schema.ref('call-status'), 'x-extra?': schema.string({ nullable: true, description: 'Has */ in it' }) })),
        namedSchema('CallOrId', schema.union([schema.ref('Call'), schema.string()])),
      ],
    });
    await expect(file(emitTypes(context(ir)), 'src/models.ts')).toMatchFileSnapshot(`${SNAPSHOTS}/emit/models.ts`);
  });

  it('client: a resource with a paginated list, a create with a body, an action with a path argument', async () => {
    const call = schema.ref('Call');
    const operations = [
      operation('get', '/calls', {
        rawName: 'list',
        resource: ['calls'],
        params: { query: [parameter('page_size', 'query', { schema: schema.integer() })] },
        pagination: { tokenParam: 'page_token', sizeParam: 'page_size', itemsField: 'result', nextField: 'next_page_token', item: call },
        summary: 'List calls',
      }),
      operation('post', '/calls', {
        rawName: 'create',
        resource: ['calls'],
        body: { pointer: '#/b', required: true, contentType: 'application/json', encoding: 'json', schema: schema.object({ destination: schema.string() }), contentTypes: ['application/json'] },
        returns: call,
        errorStatuses: [400],
      }),
      operation('post', '/calls/{id}/hangup', { rawName: 'hangup', resource: ['calls'], returns: call, reasons: ['CALL_ALREADY_HANGUP'] }),
    ];
    const ir = buildResources(api({ operations, schemas: [namedSchema('Call', schema.object({ id: schema.string() }))] }));
    await expect(file(emitClient(context(ir)), 'src/resources/calls.ts')).toMatchFileSnapshot(`${SNAPSHOTS}/emit/resource-calls.ts`);
  });
});
