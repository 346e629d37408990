import { describe, expect, it } from 'vitest';
import type { HttpMethod } from '../../generator/ir/types.js';
import { endpointFromLiteral, parseEndpointPattern, patternMatches } from '../../generator/reasons/endpoint-pattern.js';

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
