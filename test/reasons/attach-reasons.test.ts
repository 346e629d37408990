import { describe, expect, it } from 'vitest';
import { attachReasons } from '../../generator/ir/passes/attach-reasons.js';
import type { ReasonGroup } from '../../generator/reasons/types.js';
import { apiStub, operationPointer, reasonStub, reasonsOf } from './ir-fixture.js';

const IR = apiStub([
  'GET /calls',
  'POST /calls',
  'GET /calls/{call_id}',
  'POST /calls/{call_id}/hangup',
  'POST /calls/{id}/recording_start',
  'GET /billing_accounts/{id}',
  'GET /talk_messages',
  'GET /groupcalls/{id}',
]);

describe('attachReasons', () => {
  it('resolves methods, parameter names, prefix wildcards and query strings', () => {
    const { ir } = attachReasons(IR, [
      reasonStub('CALL_ALREADY_HANGUP', ['POST /calls/{id}/hangup']),
      reasonStub('CALL_NOT_FOUND', ['/calls/{id}*']),
      reasonStub('CHAT_NOT_FOUND', ['GET /talk_messages?chat_id={chat_id}']),
    ]);
    expect(reasonsOf(ir, 'POST /calls/{call_id}/hangup')).toEqual(['CALL_ALREADY_HANGUP', 'CALL_NOT_FOUND']);
    expect(reasonsOf(ir, 'GET /calls/{call_id}')).toEqual(['CALL_NOT_FOUND']);
    expect(reasonsOf(ir, 'GET /calls')).toEqual([]);
    expect(reasonsOf(ir, 'GET /talk_messages')).toEqual(['CHAT_NOT_FOUND']);
    expect(ir.errors.reasons.find((reason) => reason.reason === 'CALL_NOT_FOUND')?.operations).toEqual(
      [operationPointer('get', '/calls/{call_id}'), operationPointer('post', '/calls/{call_id}/hangup'), operationPointer('post', '/calls/{id}/recording_start')].sort(),
    );
  });

  it('applies * reasons to every operation and keeps lists sorted and unique', () => {
    const { ir } = attachReasons(IR, [reasonStub('Z_GENERIC', ['*']), reasonStub('A_CALLS', ['/calls', 'GET /calls'])]);
    expect(ir.operations.every((operation) => operation.reasons.includes('Z_GENERIC'))).toBe(true);
    expect(reasonsOf(ir, 'GET /calls')).toEqual(['A_CALLS', 'Z_GENERIC']);
    expect(ir.errors.reasons.map((reason) => reason.reason)).toEqual(['A_CALLS', 'Z_GENERIC']);
  });

  it('matches - against _ only when the exact spelling finds nothing, and says so', () => {
    const { ir, diagnostics } = attachReasons(IR, [
      reasonStub('BILLING_ACCOUNT_NOT_FOUND', ['/billing-accounts/{id}*'], { source: { file: 'e.rst', line: 7 } }),
      reasonStub('RECORDING_NOT_ACTIVE', ['/calls/{id}/recording-*']),
    ]);
    expect(reasonsOf(ir, 'GET /billing_accounts/{id}')).toEqual(['BILLING_ACCOUNT_NOT_FOUND']);
    expect(reasonsOf(ir, 'POST /calls/{id}/recording_start')).toEqual(['RECORDING_NOT_ACTIVE']);
    expect(diagnostics).toEqual([
      {
        code: 'reason-pattern-lenient-match',
        severity: 'info',
        message: 'Pattern "/billing-accounts/{id}*" (BILLING_ACCOUNT_NOT_FOUND) matched only with "-" and "_" treated alike: GET /billing_accounts/{id}.',
        file: 'e.rst',
        line: 7,
      },
      expect.objectContaining({ code: 'reason-pattern-lenient-match', message: expect.stringContaining('/calls/{id}/recording-*') }),
    ]);
  });

  it('warns about reasons that match nothing and notes patterns that match nothing', () => {
    const { diagnostics } = attachReasons(IR, [
      reasonStub('GONE_REASON', ['/nowhere'], { source: { file: 'e.rst', line: 3 } }),
      reasonStub('NO_PATTERNS', []),
      reasonStub('PARTLY', ['GET /calls', 'DELETE /calls/{id}/phone-numbers']),
      reasonStub('NOT_A_PATTERN', ['calls please']),
    ]);
    expect(diagnostics.map(({ code, severity, message }) => [code, severity, message])).toEqual([
      ['reason-unmatched', 'warning', 'Reason GONE_REASON is attached to no operation: its patterns (/nowhere) match no operation.'],
      ['reason-unmatched', 'warning', 'Reason NOT_A_PATTERN is attached to no operation: its patterns (calls please) match no operation.'],
      ['reason-unmatched', 'warning', 'Reason NO_PATTERNS is attached to no operation: it names no endpoints and its group has no scope.'],
      ['reason-pattern-unmatched', 'info', 'Pattern "DELETE /calls/{id}/phone-numbers" (PARTLY) matches no operation.'],
      ['reason-pattern-invalid', 'warning', '"calls please" (NOT_A_PATTERN) is not an endpoint pattern; ignored.'],
    ]);
    expect(diagnostics[0]).toMatchObject({ file: 'e.rst', line: 3 });
  });

  it('notes ID-addressed operations in a group scope that get none of its reasons', () => {
    const groups: ReasonGroup[] = [
      { name: 'Call Reasons', scope: ['/calls', '/calls/{id}*', '/groupcalls*'], generic: false, file: 'e.rst', line: 10 },
      { name: 'Generic', scope: ['*'], generic: true },
    ];
    const { diagnostics } = attachReasons(
      IR,
      [reasonStub('CALL_ALREADY_HANGUP', ['POST /calls/{id}/hangup'], { group: 'Call Reasons' }), reasonStub('INTERNAL', ['*'], { group: 'Generic' })],
      groups,
    );
    expect(diagnostics.map(({ code, message, pointer, line }) => ({ code, message, pointer, line }))).toEqual(
      ['GET /calls/{call_id}', 'POST /calls/{id}/recording_start', 'GET /groupcalls/{id}'].map((endpoint) => {
        const [method = '', path = ''] = endpoint.split(' ');
        return {
          code: 'group-operation-without-reason',
          message: `${endpoint} is in the scope of "Call Reasons" but none of its reasons (CALL_ALREADY_HANGUP) applies to it.`,
          pointer: operationPointer(method.toLowerCase() as 'get', path),
          line: 10,
        };
      }),
    );
  });

  it('returns a new IR and leaves its inputs alone', () => {
    const reasons = [reasonStub('CALL_NOT_FOUND', ['/calls/{id}*'])];
    const before = JSON.stringify({ IR, reasons });
    const { ir } = attachReasons(IR, reasons);
    expect(JSON.stringify({ IR, reasons })).toBe(before);
    expect(ir).not.toBe(IR);
    expect(ir.operations[0]).not.toBe(IR.operations[0]);
  });

  it('replaces reasons a previous run attached', () => {
    const once = attachReasons(IR, [reasonStub('OLD_REASON', ['*'])]).ir;
    expect(attachReasons(once, [reasonStub('NEW_REASON', ['GET /calls'])]).ir.operations.flatMap((operation) => operation.reasons)).toEqual(['NEW_REASON']);
  });
});
