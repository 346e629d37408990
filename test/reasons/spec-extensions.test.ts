import { describe, expect, it } from 'vitest';
import { readSpecExtensionReasons } from '../../generator/reasons/spec-extensions.js';

describe('readSpecExtensionReasons', () => {
  const spec = {
    openapi: '3.0.3',
    'x-error-reasons': [{ reason: 'CALL_NOT_FOUND', http: 404, description: 'No call.', appliesTo: ['/calls/{id}*'] }],
    paths: {
      '/calls/{id}': {
        'x-error-reasons': [{ reason: 'CALL_GONE', http: 410, status: 'GONE', description: 'Gone.' }],
        get: { 'x-error-reasons': [{ reason: 'CALL_NOT_FOUND', http: 404, description: 'No call.' }] },
      },
      '/calls/{id}/hangup': {
        post: { 'x-error-reasons': [{ reason: 'CALL_ALREADY_HANGUP', http: 409, description: 'Ended.', fix: 'Check first.' }, { http: 409 }] },
        put: { 'x-error-reasons': 'CALL_ALREADY_HANGUP' },
      },
    },
  };
  const catalog = readSpecExtensionReasons(spec, 'openapi.json');

  it('reads root, path-item and operation lists; the last two add their endpoint to appliesTo', () => {
    expect(catalog.reasons.map(({ reason, status, appliesTo, source }) => ({ reason, status, appliesTo, source }))).toEqual([
      { reason: 'CALL_NOT_FOUND', status: 'NOT_FOUND', appliesTo: ['/calls/{id}*'], source: { file: 'openapi.json', pointer: '#/x-error-reasons/0' } },
      { reason: 'CALL_GONE', status: 'GONE', appliesTo: ['/calls/{id}'], source: { file: 'openapi.json', pointer: '#/paths/~1calls~1{id}/x-error-reasons/0' } },
      { reason: 'CALL_NOT_FOUND', status: 'NOT_FOUND', appliesTo: ['GET /calls/{id}'], source: { file: 'openapi.json', pointer: '#/paths/~1calls~1{id}/get/x-error-reasons/0' } },
      {
        reason: 'CALL_ALREADY_HANGUP',
        status: 'FAILED_PRECONDITION',
        appliesTo: ['POST /calls/{id}/hangup'],
        source: { file: 'openapi.json', pointer: '#/paths/~1calls~1{id}~1hangup/post/x-error-reasons/0' },
      },
    ]);
    expect(catalog.reasons[3]).toMatchObject({ group: 'Ungrouped', description: 'Ended.', fix: 'Check first.' });
  });

  it('reports bad entries with their spec pointer, operations in get/put/post/… order', () => {
    expect(catalog.diagnostics.map(({ code, severity, pointer }) => [code, severity, pointer])).toEqual([
      ['reason-entry-invalid', 'warning', '#/paths/~1calls~1{id}~1hangup/put/x-error-reasons'],
      ['reason-entry-invalid', 'error', '#/paths/~1calls~1{id}~1hangup/post/x-error-reasons/1/reason'],
    ]);
    expect(catalog.diagnostics[1]?.message).toMatch(/^paths\["\/calls\/\{id\}\/hangup"\]\.post\["x-error-reasons"\]\[1\]\.reason: /);
  });

  it('returns nothing for documents without the extension', () => {
    expect(readSpecExtensionReasons({ paths: { '/x': { get: {} } } })).toEqual({ reasons: [], groups: [], diagnostics: [] });
    expect(readSpecExtensionReasons(null)).toEqual({ reasons: [], groups: [], diagnostics: [] });
  });
});
