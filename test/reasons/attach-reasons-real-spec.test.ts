import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { attachReasons } from '../../generator/ir/passes/attach-reasons.js';
import type { HttpMethod } from '../../generator/ir/types.js';
import { readRstReasonCatalog } from '../../generator/reasons/rst.js';
import { describeWithShared, REAL_ERRORS_RST, REAL_SPEC } from '../support/shared.js';
import { apiStub, reasonsOf } from './ir-fixture.js';

const METHODS: ReadonlySet<string> = new Set<HttpMethod>(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);

/** Stub operations for every `paths` entry of the real spec, with the real catalog attached. */
function scopeRealCatalog() {
  const spec = JSON.parse(readFileSync(REAL_SPEC, 'utf8')) as { paths: Record<string, Record<string, unknown>> };
  const endpoints = Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((key) => METHODS.has(key))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
  const catalog = readRstReasonCatalog(readFileSync(REAL_ERRORS_RST, 'utf8'), REAL_ERRORS_RST);
  return { catalog, ...attachReasons(apiStub(endpoints), catalog.reasons, catalog.groups) };
}

describeWithShared('attachReasons with the real VoIPBIN spec and catalog', () => {
  // Read in beforeAll: a skipped describe still runs its body to collect tests.
  let scoped: ReturnType<typeof scopeRealCatalog>;
  beforeAll(() => {
    scoped = scopeRealCatalog();
  });

  it('lists what did not match, for the notes', () => {
    const { catalog, ir, diagnostics } = scoped;
    const unmatched = diagnostics.filter((diagnostic) => diagnostic.code === 'reason-unmatched');
    console.log(
      [
        `Real catalog: ${catalog.reasons.length} reasons over ${ir.operations.length} operations.`,
        `Unmatched reasons (${unmatched.length}):`,
        ...unmatched.map((diagnostic) => `  - ${diagnostic.message}`),
        'Other scoping diagnostics:',
        ...diagnostics.filter((diagnostic) => diagnostic.code !== 'reason-unmatched').map((diagnostic) => `  - [${diagnostic.code}] ${diagnostic.message}`),
      ].join('\n'),
    );
    expect(diagnostics.every((diagnostic) => diagnostic.severity === 'warning' || diagnostic.severity === 'info')).toBe(true);
  });

  it('attaches CALL_ALREADY_HANGUP to POST /calls/{id}/hangup', () => {
    expect(reasonsOf(scoped.ir, 'POST /calls/{id}/hangup')).toContain('CALL_ALREADY_HANGUP');
  });

  it('attaches CHAT_NOT_FOUND to the talk_chats operations the catalog names', () => {
    for (const endpoint of ['GET /service_agents/talk_chats/{id}', 'POST /service_agents/talk_chats/{id}/join', 'DELETE /service_agents/talk_chats/{id}/participants/{participant_id}']) {
      expect({ endpoint, reasons: reasonsOf(scoped.ir, endpoint) }).toEqual({ endpoint, reasons: expect.arrayContaining(['CHAT_NOT_FOUND']) });
    }
    expect(reasonsOf(scoped.ir, 'GET /service_agents/talk_chats')).not.toContain('CHAT_NOT_FOUND');
  });

  it('gives every operation the generic reasons', () => {
    expect(scoped.ir.operations.every((operation) => operation.reasons.includes('INTERNAL'))).toBe(true);
  });
});
