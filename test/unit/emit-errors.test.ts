import { describe, expect, it } from 'vitest';
import { isRetryableReason } from '../../generator/emit/errors/retryable.js';
import { reasonRemarks } from '../../generator/emit/errors/method-remarks.js';
import { operationReasonType, reasonContext } from '../../generator/emit/errors/reason-context.js';
import { assignReasonNames } from '../../generator/emit/naming/reason-names.js';
import type { ErrorReasonIR } from '../../generator/ir/types.js';
import { mergeReasonCatalogs } from '../../generator/reasons/merge.js';
import { readJsonReasonCatalog } from '../../generator/reasons/json-catalog.js';
import { operation } from '../support/ir-fixture.js';

function reason(name: string, http: number, overrides: Partial<ErrorReasonIR> = {}): ErrorReasonIR {
  return { reason: name, http, status: 'X', group: 'Call Reasons', description: `${name} happened.`, appliesTo: ['/calls/{id}*'], operations: [], source: {}, ...overrides };
}

const generic = (name: string, http: number, overrides: Partial<ErrorReasonIR> = {}) =>
  reason(name, http, { group: 'Generic / Cross-cutting Reasons', appliesTo: ['*'], ...overrides });

const CATALOG = [
  generic('RATE_LIMIT_EXCEEDED', 429),
  generic('SERVICE_UNAVAILABLE', 503),
  reason('CALL_NOT_FOUND', 404),
  reason('CALL_ALREADY_HANGUP', 409, { fix: 'Treat it as\nsuccess.' }),
  reason('ACTIVEFLOW_NOT_FOUND', 404, { group: 'Flow / Activeflow Reasons' }),
  reason('CHAT_NOT_FOUND', 404, { group: 'Reasons' }),
];

describe('assignReasonNames', () => {
  it('names group unions from the heading, without a union for the all-generic group', () => {
    const names = assignReasonNames(CATALOG, new Set());
    expect(names).toMatchObject({ reason: 'ErrorReason', info: 'ErrorReasonInfo', generic: 'GenericErrorReason', operations: 'OperationErrorReasons' });
    expect([...names.groups]).toEqual([
      ['Call Reasons', 'CallErrorReason'],
      ['Flow / Activeflow Reasons', 'FlowActiveflowErrorReason'],
      ['Reasons', 'ReasonsErrorReason'],
    ]);
  });

  it('avoids taken names and records its own', () => {
    const taken = new Set(['ErrorReason', 'CallErrorReason']);
    const names = assignReasonNames(CATALOG, taken);
    expect(names.reason).toBe('ErrorReason2');
    expect(names.groups.get('Call Reasons')).toBe('CallErrorReason2');
    expect(taken).toContain('ErrorReason2');
    expect(taken).toContain('GenericErrorReason');
  });
});

describe('isRetryableReason (generator side)', () => {
  it('derives from the HTTP code, except for names that say the condition is permanent', () => {
    expect(isRetryableReason(generic('RATE_LIMIT_EXCEEDED', 429))).toBe(true);
    expect(isRetryableReason(generic('REQUEST_TIMEOUT', 503))).toBe(true);
    expect(isRetryableReason(generic('INTERNAL', 500))).toBe(true);
    expect(isRetryableReason(reason('SIGNING_NOT_CONFIGURED', 503))).toBe(false);
    expect(isRetryableReason(reason('FEATURE_DISABLED', 503))).toBe(false);
    expect(isRetryableReason(reason('NOT_IMPLEMENTED_HERE', 501))).toBe(false);
    expect(isRetryableReason(reason('CALL_NOT_FOUND', 404))).toBe(false);
  });

  it('lets the catalog decide when it says', () => {
    expect(isRetryableReason(reason('FILES_BUSY', 409, { retryable: true }))).toBe(true);
    expect(isRetryableReason(reason('STORAGE_DOWN', 503, { retryable: false }))).toBe(false);
  });

  it('reads `retryable` from JSON catalogs, warns on a non-boolean, and keeps the first on merge', () => {
    const text = JSON.stringify({
      reasons: [
        { reason: 'FILES_BUSY', http: 409, description: 'Busy.', retryable: true },
        { reason: 'ODD', http: 409, description: 'Odd.', retryable: 'yes' },
      ],
    });
    const catalog = readJsonReasonCatalog(text, 'c.json');
    expect(catalog.reasons.map((entry) => [entry.reason, entry.retryable])).toEqual([
      ['FILES_BUSY', true],
      ['ODD', undefined],
    ]);
    expect(catalog.diagnostics.map((d) => d.message)).toEqual(['reasons[1].retryable: expected true or false, got "yes"; ignored.']);
    const later = readJsonReasonCatalog(JSON.stringify({ reasons: [{ reason: 'ODD', http: 409, description: 'Odd.', retryable: false }] }));
    expect(mergeReasonCatalogs([catalog, later]).reasons.find((entry) => entry.reason === 'ODD')?.retryable).toBe(false);
  });
});

describe('per-operation reasons', () => {
  const ctx = reasonContext(CATALOG, assignReasonNames(CATALOG, new Set()));
  const hangup = operation('post', '/calls/{id}/hangup', { reasons: ['CALL_ALREADY_HANGUP', 'CALL_NOT_FOUND', 'RATE_LIMIT_EXCEEDED', 'SERVICE_UNAVAILABLE'] });

  it('types an operation as its own reasons plus the generic union (prettier turns the quotes)', () => {
    expect(operationReasonType(hangup.reasons, ctx)).toBe('"CALL_ALREADY_HANGUP" | "CALL_NOT_FOUND" | GenericErrorReason');
    expect(operationReasonType(['RATE_LIMIT_EXCEEDED', 'SERVICE_UNAVAILABLE'], ctx)).toBe('GenericErrorReason');
    // Without every generic reason there is no union to name: the literals are listed.
    expect(operationReasonType(['CALL_NOT_FOUND', 'RATE_LIMIT_EXCEEDED'], ctx)).toBe('"CALL_NOT_FOUND" | "RATE_LIMIT_EXCEEDED"');
    expect(operationReasonType([], ctx)).toBe('never');
  });

  it('lists the own reasons with HTTP code and fix (else cause) in the method JSDoc', () => {
    expect(reasonRemarks(hangup, ctx)).toBe(
      [
        '@remarks',
        'Error reasons, besides the generic ones (`GenericErrorReason`):',
        '- `CALL_ALREADY_HANGUP` (409): Treat it as success.',
        '- `CALL_NOT_FOUND` (404): CALL_NOT_FOUND happened.',
      ].join('\n'),
    );
    expect(reasonRemarks(operation('get', '/calls', { reasons: ['RATE_LIMIT_EXCEEDED', 'SERVICE_UNAVAILABLE'] }), ctx)).toBeUndefined();
  });

  it('escapes catalog text in the JSDoc', () => {
    const hostile = [reason('CALL_GONE', 410, { fix: 'Done */ evil() /* @deprecated' })];
    const remarks = reasonRemarks(operation('get', '/calls/{id}', { reasons: ['CALL_GONE'] }), reasonContext(hostile, assignReasonNames(hostile, new Set())));
    expect(remarks).toContain('Done *\\/ evil() /\\* \\@deprecated');
  });
});
