import type { Diagnostic } from '../diagnostics/types.js';

export type VersionResult = { ok: true; version: '3.0' | '3.1' } | { ok: false; diagnostic: Diagnostic };

/** Accepts OpenAPI 3.0.x and 3.1.x; refuses Swagger 2.0 and anything else with what to do. */
export function checkVersion(document: unknown, file: string): VersionResult {
  const fail = (code: string, message: string, pointer: string): VersionResult => ({
    ok: false,
    diagnostic: { code, severity: 'fatal', message, file, pointer },
  });
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return fail('spec-not-object', `The spec ${file} is not an object; an OpenAPI document is a map with "openapi", "info" and "paths".`, '#');
  }
  const record = document as Record<string, unknown>;
  if (record.swagger !== undefined) {
    return fail(
      'swagger-2-unsupported',
      `The spec ${file} is Swagger ${String(record.swagger)}; voipbin-sdkgen reads OpenAPI 3.0 and 3.1 only. ` +
        'Convert it first, e.g. `npx swagger2openapi spec.json -o openapi.json`, then pass the result.',
      '#/swagger',
    );
  }
  const version = record.openapi;
  if (typeof version !== 'string') {
    return fail('openapi-version-missing', `The spec ${file} has no "openapi" version field; add \`openapi: 3.0.3\` (or 3.1.0) at the top.`, '#/openapi');
  }
  const match = /^3\.(0|1)(\.\d+)?$/.exec(version.trim());
  if (!match) {
    return fail(
      'openapi-version-unsupported',
      `The spec ${file} declares openapi "${version}"; supported versions are 3.0.x and 3.1.x.`,
      '#/openapi',
    );
  }
  return { ok: true, version: match[1] === '1' ? '3.1' : '3.0' };
}
