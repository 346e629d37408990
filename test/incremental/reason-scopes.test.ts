import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readScopeMemo } from '../../generator/incremental/scope-cache.js';
import { attachReasons } from '../../generator/ir/passes/attach-reasons.js';
import { ReasonScopes, type ScopeMemo } from '../../generator/ir/passes/reason-scopes.js';
import type { ApiIR, ErrorReasonIR } from '../../generator/ir/types.js';
import { readRstReasonCatalog } from '../../generator/reasons/rst.js';
import type { ReasonCatalog } from '../../generator/reasons/types.js';
import { SCOPE_CACHE_FILE } from '../../generator/write/manifest.js';
import { apiStub } from '../reasons/ir-fixture.js';
import { describeWithShared, REAL_ERRORS_RST, REAL_SPEC } from '../support/shared.js';
import { expectCacheOnDisk } from './cache-on-disk.js';
import { writeTinySpec } from './tiny-spec.js';

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** attachReasons through a memo made from `previous`, checked against a scoping from scratch; the memo it leaves. */
function expectAsFromScratch(ir: ApiIR, catalog: Pick<ReasonCatalog, 'reasons' | 'groups'>, previous: ScopeMemo): ScopeMemo {
  const scopes = new ReasonScopes(previous);
  expect(attachReasons(ir, catalog.reasons, catalog.groups, scopes)).toEqual(attachReasons(ir, catalog.reasons, catalog.groups));
  return scopes.memo;
}

describe('reason scopes', () => {
  const ir = apiStub(['GET /calls', 'GET /calls/{id}', 'POST /calls/{id}/hangup']);
  const reason = (name: string, appliesTo: string[]): ErrorReasonIR => ({ reason: name, http: 404, status: 'NOT_FOUND', group: 'g', description: 'd', appliesTo, operations: [], source: { line: 1 } });
  const catalog = { reasons: [reason('CALL_NOT_FOUND', ['/calls/{id}*']), reason('NOWHERE', ['/nowhere'])], groups: [] };

  it('scopes from the memo when the operations, reasons and groups are the same: planted pointers show', () => {
    const first = expectAsFromScratch(ir, catalog, new Map());
    expect(first.size).toBe(1);
    const planted = new Map([...first].map(([key, scoped]) => [key, { ...scoped, operations: [['#/planted'], []] }]));
    const { ir: recalled } = attachReasons(ir, catalog.reasons, catalog.groups, new ReasonScopes(planted));
    expect(recalled.errors.reasons.map((attached) => attached.operations)).toEqual([['#/planted'], []]);
  });

  it('scopes again when what it reads changed: a path, a method, a pattern, a reason source line', () => {
    const first = expectAsFromScratch(ir, catalog, new Map());
    const edits: [ApiIR, typeof catalog][] = [
      [apiStub(['GET /calls', 'GET /calls/{call_id}', 'POST /calls/{id}/hangup']), catalog],
      [apiStub(['GET /calls', 'PUT /calls/{id}', 'POST /calls/{id}/hangup']), catalog],
      [ir, { ...catalog, reasons: [reason('CALL_NOT_FOUND', ['GET /calls/{id}']), reason('NOWHERE', ['/nowhere'])] }],
      [ir, { ...catalog, reasons: catalog.reasons.map((entry) => ({ ...entry, source: { line: 2 } })) }],
    ];
    for (const [editedIr, editedCatalog] of edits) {
      const memo = expectAsFromScratch(editedIr, editedCatalog, first);
      expect([...memo.keys()].some((key) => first.has(key))).toBe(false);
    }
  });

  it('keeps no scoping whose inputs hold a number JSON has no form for', () => {
    const odd = { ...catalog, reasons: [{ ...reason('CALL_NOT_FOUND', ['/calls/{id}*']), http: Number.NaN }] };
    expect(expectAsFromScratch(ir, odd, new Map()).size).toBe(0);
  });

  it('the regenerator keeps it on disk; a damaged, edited or other-build cache is not used', async () => {
    const spec = writeTinySpec();
    folders.push(spec.dir);
    const config = { spec: 'api/openapi.yaml', reasons: ['api/reasons.json'], cwd: spec.dir };
    await expectCacheOnDisk({ ...spec, config }, { file: SCOPE_CACHE_FILE, read: readScopeMemo, tamper: ['~1calls', '~1callz'], size: 1 });
  });
});

describeWithShared('reason scopes with the real VoIPBIN spec and catalog', () => {
  // Read in beforeAll: a skipped describe still runs its body to collect tests.
  let endpoints: string[];
  let catalog: ReasonCatalog;
  beforeAll(() => {
    const spec = JSON.parse(readFileSync(REAL_SPEC, 'utf8')) as { paths: Record<string, Record<string, unknown>> };
    endpoints = Object.entries(spec.paths).flatMap(([path, item]) => Object.keys(item).filter((key) => key !== 'parameters').map((method) => `${method.toUpperCase()} ${path}`));
    catalog = readRstReasonCatalog(readFileSync(REAL_ERRORS_RST, 'utf8'), REAL_ERRORS_RST);
  });

  it('every edit scopes as from scratch', () => {
    let memo = expectAsFromScratch(apiStub(endpoints), catalog, new Map());
    const edits: [string, ApiIR, ReasonCatalog][] = [
      ['nothing', apiStub(endpoints), catalog],
      ['a path renamed', apiStub(endpoints.map((endpoint) => endpoint.replace('/calls/{id}/hangup', '/calls/{id}/hang-up'))), catalog],
      ['an operation removed', apiStub(endpoints.filter((endpoint) => endpoint !== 'GET /calls/{id}')), catalog],
      ['a pattern changed', apiStub(endpoints), { ...catalog, reasons: catalog.reasons.map((entry, index) => (index === 0 ? { ...entry, appliesTo: ['*'] } : entry)) }],
      ['a group scope changed', apiStub(endpoints), { ...catalog, groups: catalog.groups.map((group, index) => (index === 1 ? { ...group, scope: ['/calls*'] } : group)) }],
    ];
    for (const [what, ir, edited] of edits) {
      const next = expectAsFromScratch(ir, edited, memo);
      expect(next.size, what).toBe(1);
      memo = next;
    }
  });
});
