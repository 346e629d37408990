import { describe, expect, it } from 'vitest';
import type { HttpMethod } from '../../generator/ir/types.js';
import { endpointFromLiteral, parseEndpointPattern, patternMatches } from '../../generator/reasons/endpoint-pattern.js';
import { createOperationMatcher } from '../../generator/reasons/operation-matcher.js';
import { operationStub } from './ir-fixture.js';

function matches(pattern: string, endpoint: string, lenient = false): boolean {
  const [method = '', path = ''] = endpoint.split(' ');
  const compiled = parseEndpointPattern(pattern);
  if (!compiled) throw new Error(`not a pattern: ${pattern}`);
  return patternMatches(compiled, method.toLowerCase() as HttpMethod, path, lenient);
}

describe('endpointFromLiteral', () => {
  it('normalizes endpoints and strips the server URL', () => {
    expect(endpointFromLiteral('POST https://api.voipbin.net/v1.0/auth/login')).toBe('POST /auth/login');
    expect(endpointFromLiteral('get /calls/{id}')).toBe('GET /calls/{id}');
    expect(endpointFromLiteral('/calls/{id}*')).toBe('/calls/{id}*');
    expect(endpointFromLiteral('https://api.example.com/v2/things')).toBe('/things');
  });

  it('rejects literals that are not endpoints', () => {
    for (const literal of ['error.reason', '{resource_type}', 'Retry-After: <seconds>', 'FETCH /x', '200', '//x']) {
      expect(endpointFromLiteral(literal)).toBeUndefined();
    }
  });
});

describe('patternMatches', () => {
  it('matches parameters by position, whatever their names', () => {
    expect(matches('/calls/{id}', 'GET /calls/{call_id}')).toBe(true);
    expect(matches('/calls/{id}', 'GET /calls/lookup')).toBe(false);
  });

  it('treats a trailing * as a prefix wildcard', () => {
    expect(matches('/calls/{id}*', 'GET /calls/{id}')).toBe(true);
    expect(matches('/calls/{id}*', 'POST /calls/{id}/hangup')).toBe(true);
    expect(matches('/calls/{id}*', 'GET /calls')).toBe(false);
    expect(matches('/calls/{id}/recording_*', 'POST /calls/{id}/recording_start')).toBe(true);
  });

  it('checks the method only when the pattern has one', () => {
    expect(matches('POST /calls/{id}/hangup', 'POST /calls/{id}/hangup')).toBe(true);
    expect(matches('POST /calls/{id}/hangup', 'GET /calls/{id}/hangup')).toBe(false);
    expect(matches('/calls', 'DELETE /calls')).toBe(true);
  });

  it('ignores query strings and trailing slashes', () => {
    expect(matches('GET /talk_messages?chat_id={chat_id}', 'GET /talk_messages')).toBe(true);
    expect(matches('/calls/', 'GET /calls')).toBe(true);
  });

  it('treats - and _ alike only when asked to', () => {
    expect(matches('/billing-accounts/{id}*', 'GET /billing_accounts/{id}')).toBe(false);
    expect(matches('/billing-accounts/{id}*', 'GET /billing_accounts/{id}', true)).toBe(true);
  });

  it('matches everything with *', () => {
    expect(matches('*', 'PATCH /anything')).toBe(true);
  });
});

describe('createOperationMatcher', () => {
  it('finds what testing every operation finds, in IR order, for patterns of every shape (1000 random catalogs)', () => {
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const pick = <T>(items: readonly T[]) => items[next(items.length)] as T;
    const SEGMENTS = ['calls', 'call-logs', 'call_logs', 'a', 'a-b', 'a_b', '{id}', '{call_id}', 'x', 'recording-start', 'recording_start'];
    const METHODS: HttpMethod[] = ['get', 'post', 'put', 'delete'];
    const pathOf = (length: number) => '/' + Array.from({ length }, () => pick(SEGMENTS)).join('/');
    for (let round = 0; round < 1000; round++) {
      const operations = Array.from({ length: 1 + next(12) }, () => operationStub(pick(METHODS), pathOf(1 + next(3))));
      for (let p = 0; p < 6; p++) {
        const path = pathOf(1 + next(3));
        const cut = next(path.length + 1);
        const raw = pick([
          path,
          `${pick(METHODS).toUpperCase()} ${path}`,
          `${path.slice(0, cut)}*`,
          `${path.slice(0, cut)}*${path.slice(cut)}`,
          `${path}?q=1`,
          '*',
        ]);
        const compiled = parseEndpointPattern(raw);
        const byTesting = (lenient: boolean) => (compiled ? operations.filter((operation) => patternMatches(compiled, operation.method, operation.path, lenient)) : []);
        const strict = byTesting(false);
        const expected = strict.length > 0 ? strict : byTesting(true);
        expect(createOperationMatcher(operations).match(raw).operations, `${raw} over ${operations.map((o) => `${o.method} ${o.path}`).join(', ')}`).toEqual(expected);
      }
    }
  });
});
