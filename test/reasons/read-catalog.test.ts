import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReasonCatalog, readReasonCatalogs } from '../../generator/reasons/index.js';
import { REPO_ROOT } from '../support/shared.js';

const FIXTURES = join(REPO_ROOT, 'test/fixtures/reasons');

describe('readReasonCatalog', () => {
  it('reads .rst files and merges duplicate rows, noting them', async () => {
    const catalog = await readReasonCatalog(join(FIXTURES, 'catalog.rst'));
    expect(catalog.reasons).toMatchObject([{ reason: 'CALL_NOT_FOUND', http: 404, appliesTo: ['/calls', '/calls/{id}*'], source: { line: 16 } }]);
    expect(catalog.diagnostics).toMatchObject([{ code: 'reason-duplicate', severity: 'info', line: 19, message: expect.stringContaining('catalog.rst:16') }]);
  });

  it('reads .yaml and .json files', async () => {
    const yaml = await readReasonCatalog(join(FIXTURES, 'catalog.yaml'));
    expect(yaml.reasons.map((reason) => [reason.reason, reason.appliesTo])).toEqual([
      ['CALL_BUSY', ['/calls', '/calls/{id}*']],
      ['CALL_NOT_FOUND', ['GET /calls/{id}']],
    ]);
    const json = await readReasonCatalog(join(FIXTURES, 'catalog.json'));
    expect(json.reasons).toMatchObject([{ reason: 'CALL_NOT_FOUND', http: 410, status: 'UNKNOWN' }]);
  });

  it('reports unsupported extensions and unreadable files as errors', async () => {
    expect((await readReasonCatalog(join(FIXTURES, 'catalog.txt'))).diagnostics).toMatchObject([{ code: 'reason-catalog-unreadable', severity: 'error' }]);
    expect((await readReasonCatalog(join(FIXTURES, 'missing.yaml'))).diagnostics).toMatchObject([{ code: 'reason-catalog-unreadable', severity: 'error' }]);
  });
});

describe('readReasonCatalogs', () => {
  it('merges files in order: agreeing reasons union, conflicting ones keep the first', async () => {
    const catalog = await readReasonCatalogs([join(FIXTURES, 'catalog.rst'), join(FIXTURES, 'catalog.yaml'), join(FIXTURES, 'catalog.json')]);
    expect(catalog.reasons.map((reason) => [reason.reason, reason.http, reason.appliesTo])).toEqual([
      ['CALL_BUSY', 409, ['/calls', '/calls/{id}*']],
      ['CALL_NOT_FOUND', 404, ['/calls', '/calls/{id}*', 'GET /calls/{id}']],
    ]);
    expect(catalog.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['reason-duplicate', 'reason-status-unknown', 'reason-conflict']);
    expect(catalog.diagnostics[2]?.message).toMatch(/catalog\.rst:16 but HTTP 410 \(UNKNOWN\) in .*catalog\.json:3/);
  });
});
