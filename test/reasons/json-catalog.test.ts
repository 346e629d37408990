import { describe, expect, it } from 'vitest';
import { readJsonReasonCatalog } from '../../generator/reasons/json-catalog.js';

const YAML_CATALOG = `groups:
  - name: Calls
    scope: [/calls, "/calls/{id}*"]
  - name: Generic
    scope: ["*"]
reasons:
  - reason: CALL_NOT_FOUND
    http: 404
    group: Calls
    description: No such call.
    fix: List calls first.
  - reason: CALL_ALREADY_HANGUP
    http: 409
    group: Calls
    description: Call ended.
    appliesTo: ["POST /calls/{id}/hangup"]
  - reason: THROTTLED
    http: 429
    status: SLOW_DOWN
    group: Generic
    description: Too fast.
`;

describe('readJsonReasonCatalog', () => {
  it('reads YAML, giving reasons without appliesTo their group scope', () => {
    const catalog = readJsonReasonCatalog(YAML_CATALOG, 'reasons.yaml');
    expect(catalog.diagnostics).toEqual([]);
    expect(catalog.groups).toEqual([
      { name: 'Calls', scope: ['/calls', '/calls/{id}*'], generic: false, file: 'reasons.yaml', line: 2 },
      { name: 'Generic', scope: ['*'], generic: true, file: 'reasons.yaml', line: 4 },
    ]);
    expect(catalog.reasons).toEqual([
      {
        reason: 'CALL_NOT_FOUND',
        http: 404,
        status: 'NOT_FOUND',
        group: 'Calls',
        description: 'No such call.',
        fix: 'List calls first.',
        appliesTo: ['/calls', '/calls/{id}*'],
        operations: [],
        source: { file: 'reasons.yaml', line: 7, pointer: '#/reasons/0' },
      },
      expect.objectContaining({ reason: 'CALL_ALREADY_HANGUP', status: 'FAILED_PRECONDITION', appliesTo: ['POST /calls/{id}/hangup'] }),
      expect.objectContaining({ reason: 'THROTTLED', status: 'SLOW_DOWN', appliesTo: ['*'] }),
    ]);
  });

  it('reads JSON with line numbers', () => {
    const json = JSON.stringify({ reasons: [{ reason: 'A_B', http: 400, description: 'x' }] }, null, 2);
    const catalog = readJsonReasonCatalog(json, 'reasons.json');
    expect(catalog.reasons).toMatchObject([{ reason: 'A_B', status: 'INVALID_ARGUMENT', group: 'Ungrouped', appliesTo: [], source: { line: 3 } }]);
  });

  it('names the JSON path of each bad entry and skips entries without a valid reason or http', () => {
    const json = JSON.stringify({
      reasons: [
        { reason: 'lower', http: 404, description: 'x' },
        { reason: 'BAD_HTTP', http: '404', description: 'x' },
        { reason: 'OK_ONE', http: 404, description: 7, appliesTo: ['/ok', 'not a path'], group: 'Nowhere', extra: true },
        'nope',
      ],
      version: 1,
    });
    const catalog = readJsonReasonCatalog(json, 'bad.json');
    expect(catalog.reasons.map((reason) => [reason.reason, reason.description, reason.appliesTo])).toEqual([['OK_ONE', '', ['/ok']]]);
    expect(catalog.diagnostics.map(({ code, severity, pointer, message }) => [code, severity, pointer, message.split(':')[0]])).toEqual([
      ['reason-entry-unknown-key', 'warning', '#/version', 'version'],
      ['reason-entry-invalid', 'error', '#/reasons/0/reason', 'reasons[0].reason'],
      ['reason-entry-invalid', 'error', '#/reasons/1/http', 'reasons[1].http'],
      ['reason-entry-unknown-key', 'warning', '#/reasons/2/extra', 'reasons[2].extra'],
      ['reason-entry-invalid', 'warning', '#/reasons/2/description', 'reasons[2].description'],
      ['reason-entry-invalid', 'warning', '#/reasons/2', 'reasons[2]'],
      ['reason-pattern-invalid', 'warning', '#/reasons/2/appliesTo/1', 'reasons[2].appliesTo[1]'],
      ['reason-group-unknown', 'warning', '#/reasons/2/group', 'reasons[2].group'],
      ['reason-entry-invalid', 'error', '#/reasons/3', 'reasons[3]'],
    ]);
    expect(catalog.diagnostics.every((diagnostic) => diagnostic.file === 'bad.json' && diagnostic.line === 1)).toBe(true);
  });

  it('reports syntax errors and a missing reasons list as errors', () => {
    expect(readJsonReasonCatalog('{ "reasons": [', 'x.json').diagnostics[0]).toMatchObject({ code: 'reason-catalog-invalid', severity: 'error', file: 'x.json', line: 1 });
    expect(readJsonReasonCatalog('groups: []', 'x.yaml').diagnostics).toMatchObject([{ code: 'reason-catalog-invalid', severity: 'error', message: 'catalog: expected an object with a "reasons" list.' }]);
  });
});
