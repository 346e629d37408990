import { describe, expect, it } from 'vitest';
import { mergeReasonCatalogs } from '../../generator/reasons/merge.js';
import type { ReasonCatalog } from '../../generator/reasons/types.js';
import { reasonStub } from './ir-fixture.js';

describe('mergeReasonCatalogs', () => {
  const first: ReasonCatalog = {
    reasons: [
      reasonStub('B_REASON', ['/b'], { source: { file: 'a.rst', line: 3 } }),
      reasonStub('A_REASON', ['/a'], { description: '', source: { file: 'a.rst', line: 9 } }),
    ],
    groups: [{ name: 'Zed', scope: ['/z'], generic: false }],
    diagnostics: [{ code: 'x', severity: 'info', message: 'from first' }],
  };
  const second: ReasonCatalog = {
    reasons: [
      reasonStub('A_REASON', ['GET /a2', '/a'], { description: 'Second words.', fix: 'Do it.', source: { file: 'b.json', pointer: '#/reasons/0' } }),
      reasonStub('B_REASON', ['/other'], { http: 409, status: 'FAILED_PRECONDITION', source: { file: 'b.json', line: 12, pointer: '#/reasons/1' } }),
    ],
    groups: [
      { name: 'Zed', scope: ['*'], generic: true },
      { name: 'Alpha', scope: [], generic: false },
    ],
    diagnostics: [],
  };
  const merged = mergeReasonCatalogs([first, second]);

  it('sorts by reason and unions agreeing duplicates, filling what the first lacks', () => {
    expect(merged.reasons.map(({ reason, appliesTo, description, fix }) => ({ reason, appliesTo, description, fix }))).toEqual([
      { reason: 'A_REASON', appliesTo: ['/a', 'GET /a2'], description: 'Second words.', fix: 'Do it.' },
      { reason: 'B_REASON', appliesTo: ['/b'], description: '', fix: undefined },
    ]);
  });

  it('keeps the first of conflicting duplicates and warns naming both sources', () => {
    expect(merged.reasons[1]).toMatchObject({ http: 404, source: { file: 'a.rst', line: 3 } });
    expect(merged.diagnostics).toEqual([
      { code: 'x', severity: 'info', message: 'from first' },
      {
        code: 'reason-conflict',
        severity: 'warning',
        message: 'Reason B_REASON is HTTP 404 (NOT_FOUND) in a.rst:3 but HTTP 409 (FAILED_PRECONDITION) in b.json:12; keeping the first.',
        file: 'b.json',
        line: 12,
        pointer: '#/reasons/1',
      },
    ]);
  });

  it('merges groups by name, sorted', () => {
    expect(merged.groups).toEqual([
      { name: 'Alpha', scope: [], generic: false },
      { name: 'Zed', scope: ['*'], generic: true },
    ]);
  });

  it('does not modify its inputs', () => {
    expect(first.reasons[1]?.appliesTo).toEqual(['/a']);
    expect(first.reasons[1]?.description).toBe('');
    expect(first.groups[0]?.scope).toEqual(['/z']);
  });
});
