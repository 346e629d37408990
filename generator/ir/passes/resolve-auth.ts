import type { ApiIR, AuthSchemeIR } from '../types.js';

/** VoIPBIN's documented auth: a Bearer JWT header, or an `accesskey` query parameter. */
export const VOIPBIN_AUTH: AuthSchemeIR[] = [
  { kind: 'bearer', name: 'bearerAuth', format: 'JWT', description: 'A JWT sent as `Authorization: Bearer <token>`.' },
  { kind: 'apiKey', name: 'accessKey', in: 'query', paramName: 'accesskey', description: 'An access key sent as the `accesskey` query parameter.' },
];

/**
 * Declared security schemes win. A spec that declares none (VoIPBIN's) gets
 * the configured default, applied to every operation.
 */
export function resolveAuth(ir: ApiIR, fallback: AuthSchemeIR[] = VOIPBIN_AUTH): ApiIR {
  if (ir.auth.length > 0 || fallback.length === 0) return ir;
  const names = fallback.map((scheme) => scheme.name);
  return { ...ir, auth: fallback, operations: ir.operations.map((operation) => (operation.security.length > 0 ? operation : { ...operation, security: names })) };
}
