/**
 * Keeps credentials out of everything the client shows: error messages, log
 * lines and the headers it logs. Applied before text leaves the client.
 */

/** What a secret is replaced with. */
export const REDACTED = '***';

const ACCESS_KEY_PARAM = /(\baccesskey=)[^&#\s"'<>]*/gi;
const BEARER_TOKEN = /(\bBearer\s+)[^\s"',;]+/gi;
const SENSITIVE_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key']);

/**
 * Replaces `accesskey=<value>` query parameters, `Bearer <token>` credentials
 * and every occurrence of the given secret values (plain or URL-encoded;
 * undefined and empty ones are skipped).
 */
export function redactText(text: string, secrets: readonly (string | undefined)[] = []): string {
  let result = text;
  for (const secret of secrets) {
    if (!secret) continue;
    result = result.split(secret).join(REDACTED).split(encodeURIComponent(secret)).join(REDACTED);
  }
  return result.replace(ACCESS_KEY_PARAM, `$1${REDACTED}`).replace(BEARER_TOKEN, `$1${REDACTED}`);
}

/** The headers as a plain object for logging, with credential-bearing ones masked. */
export function redactHeaders(headers: Headers): Record<string, string> {
  const result: Record<string, string> = {};
  headers.forEach((value, name) => {
    result[name] = SENSITIVE_HEADERS.has(name) ? REDACTED : value;
  });
  return result;
}
