import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import type { ErrorReasonIR, HttpMethod } from '../../generator/ir/types.js';
import { parseEndpointPattern, patternMatches } from '../../generator/reasons/endpoint-pattern.js';
import { readRstReasonCatalog } from '../../generator/reasons/rst.js';
import type { ReasonCatalog } from '../../generator/reasons/types.js';
import { describeWithShared, REAL_ERRORS_RST } from '../support/shared.js';

/** Reason rows counted without the parser: a `* - ``NAME``` line, then `- NNN` on the next line. */
function independentRows(text: string): Map<string, number> {
  const lines = text.split(/\r?\n/);
  const rows = new Map<string, number>();
  lines.forEach((line, i) => {
    const name = /^\s*\* - ``([A-Z0-9_]+)``\s*$/.exec(line)?.[1];
    const http = /^\s*- (\d{3})\s*$/.exec(lines[i + 1] ?? '')?.[1];
    if (name !== undefined) rows.set(name, Number(http));
  });
  return rows;
}

function applies(reason: ErrorReasonIR | undefined, endpoint: string): boolean {
  const [method = '', path = ''] = endpoint.split(' ');
  return (reason?.appliesTo ?? []).some((raw) => {
    const pattern = parseEndpointPattern(raw);
    return pattern !== undefined && patternMatches(pattern, method.toLowerCase() as HttpMethod, path, true);
  });
}

describeWithShared('readRstReasonCatalog on the published VoIPBIN catalog', () => {
  // Read in beforeAll: a skipped describe still runs its body to collect tests.
  let text = '';
  let catalog: ReasonCatalog;
  let expected: Map<string, number>;
  let byName: Map<string, ErrorReasonIR>;
  beforeAll(() => {
    text = readFileSync(REAL_ERRORS_RST, 'utf8');
    catalog = readRstReasonCatalog(text, REAL_ERRORS_RST);
    expected = independentRows(text);
    byName = new Map(catalog.reasons.map((reason) => [reason.reason, reason]));
  });

  it('returns exactly the reasons the file publishes, each once, without diagnostics', () => {
    expect(expected.size).toBeGreaterThan(50);
    expect([...byName.keys()].sort()).toEqual([...expected.keys()].sort());
    expect(catalog.reasons).toHaveLength(expected.size);
    expect(catalog.diagnostics).toEqual([]);
  });

  it('reads each HTTP code as the row publishes it', () => {
    for (const [name, http] of expected) expect({ name, http: byName.get(name)?.http }).toEqual({ name, http });
  });

  it('points each reason at its row', () => {
    const lines = text.split(/\r?\n/);
    for (const reason of catalog.reasons) expect(lines[(reason.source.line ?? 0) - 1]).toContain(`\`\`${reason.reason}\`\``);
  });

  it('scopes CALL_ALREADY_HANGUP to the call endpoints, including POST /calls/{id}/hangup', () => {
    const reason = byName.get('CALL_ALREADY_HANGUP');
    expect(reason?.group).toBe('Call Reasons');
    expect(applies(reason, 'POST /calls/{id}/hangup')).toBe(true);
  });

  it('scopes CHAT_NOT_FOUND to the talk_chats endpoints its row names, not to its fix hints', () => {
    const reason = byName.get('CHAT_NOT_FOUND');
    for (const endpoint of [
      'GET /service_agents/talk_chats/{id}',
      'PUT /service_agents/talk_chats/{id}',
      'DELETE /service_agents/talk_chats/{id}',
      'POST /service_agents/talk_chats/{id}/join',
      'GET /service_agents/talk_chats/{id}/participants',
      'POST /service_agents/talk_chats/{id}/participants',
      'DELETE /service_agents/talk_chats/{id}/participants/{participant_id}',
      'GET /service_agents/talk_messages',
    ]) {
      expect({ endpoint, applies: applies(reason, endpoint) }).toEqual({ endpoint, applies: true });
    }
    expect(applies(reason, 'GET /service_agents/talk_chats')).toBe(false);
    expect(applies(reason, 'GET /service_agents/talk_channels')).toBe(false);
  });

  it('makes the generic group apply everywhere', () => {
    expect(byName.get('AUTHENTICATION_REQUIRED')?.appliesTo).toEqual(['*']);
    expect(catalog.groups.filter((group) => group.generic).map((group) => group.name)).toEqual(['Generic / Cross-cutting Reasons']);
  });
});
