import { encodeBody, type FetchBody } from './body.js';
import type { ReadMode } from './fetch-once.js';
import type { RequestOptions } from './options.js';
import { buildUrl } from './path.js';
import { serializeQuery } from './query.js';
import type { HttpMethod, QueryParam, RequestSpec } from './request-spec.js';
import { readModeFor } from './response.js';

/** Client-wide settings a request is built with. */
export interface RequestContext {
  baseURL: string;
  accessKey: string | undefined;
  defaultHeaders: Record<string, string> | undefined;
  userAgent: string | undefined;
  redact: (text: string) => string;
}

/** Everything an attempt needs except the Authorization header, which may change between attempts. */
export interface PreparedRequest {
  method: HttpMethod;
  url: string;
  /** `METHOD url` with secrets redacted, for logs and error messages; made on first read, as most calls need none. */
  readonly label: string;
  headers: Headers;
  body: FetchBody | undefined;
  /** A stream body is consumed by the first attempt: the request cannot be sent again. */
  isStream: boolean;
  readAs: ReadMode;
  /** `manual` for operations whose answer is a redirect: its target is the result. */
  redirect: 'follow' | 'manual';
  /** The SDK method, e.g. `calls.hangup`, for errors. */
  operation: string | undefined;
}

/**
 * Builds URL, headers and body. Headers are layered, later winning: the
 * client's own (accept, content-type, user-agent), `defaultHeaders`, the
 * operation's header parameters, then the call's `headers`.
 */
export function prepareRequest(spec: RequestSpec, options: RequestOptions, context: RequestContext): PreparedRequest {
  const extra = options.query ?? {};
  const query: QueryParam[] = [
    ...Object.entries(spec.query ?? {})
      .filter(([name]) => !Object.hasOwn(extra, name))
      .map(([name, value]) => ({ name, value, ...spec.queryStyles?.[name] })),
    ...Object.entries(extra).map(([name, value]) => ({ name, value })),
  ];
  if (context.accessKey) query.push({ name: 'accesskey', value: context.accessKey });
  const url = buildUrl(context.baseURL, spec.path, serializeQuery(query));
  const { body, contentType, isStream } = encodeBody(spec.body);
  const own = {
    accept: spec.response === 'json' ? 'application/json' : '*/*',
    'content-type': contentType,
    'user-agent': inBrowser() ? undefined : context.userAgent,
  };
  let label: string | undefined;
  return {
    method: spec.method,
    url,
    get label() {
      return (label ??= `${spec.method.toUpperCase()} ${context.redact(url)}`);
    },
    headers: mergeHeaders([own, context.defaultHeaders, spec.headers, options.headers]),
    body,
    isStream,
    readAs: readModeFor(spec.response),
    redirect: spec.response === 'redirect' ? 'manual' : 'follow',
    operation: spec.operation,
  };
}

/** Later layers override earlier ones, names case-insensitively; `undefined` values are skipped. */
function mergeHeaders(layers: readonly (Readonly<Record<string, string | undefined>> | undefined)[]): Headers {
  const headers = new Headers();
  for (const layer of layers) {
    for (const [name, value] of Object.entries(layer ?? {})) {
      if (value !== undefined) headers.set(name, value);
    }
  }
  return headers;
}

/** Browsers ignore a custom User-Agent, and sending one can fail a CORS preflight. */
function inBrowser(): boolean {
  return 'document' in globalThis || 'importScripts' in globalThis;
}
