import type { Logger, LogLevel } from './logger.js';

/** What a {@link TokenProvider} is told: `forceRefresh` is true after the API rejected the last token with 401. */
export interface TokenRequest {
  forceRefresh: boolean;
}

/**
 * Supplies the bearer token. Called before every attempt, so it should cache
 * the token itself and fetch a new one only when it expires or when
 * `forceRefresh` is true. A function taking no argument is fine too.
 */
export type TokenProvider = (request: TokenRequest) => Promise<string> | string;

/** Options of a client, fixed when it is created. */
export interface ClientOptions {
  /** API root, e.g. `https://api.voipbin.net/v1.0`. Defaults to the spec's server. */
  baseURL?: string;
  /** JWT sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** Access key sent as the `accesskey` query parameter. */
  accessKey?: string;
  /**
   * Supplies the bearer token instead of `token` (it wins when both are set).
   * On a 401 it is called once more with `forceRefresh: true` and the request
   * is sent once more.
   */
  tokenProvider?: TokenProvider;
  /** Milliseconds one attempt may take, body included. Default 60 000; `Infinity` disables. */
  timeout?: number;
  /** Retries after the first attempt for retryable failures. Default 2. */
  maxRetries?: number;
  /** Retry POST and PATCH on connection errors, timeouts and 5xx too (they are always retried on 429). Default false. */
  retryPost?: boolean;
  /** The `fetch` to use; defaults to the global one. */
  fetch?: typeof fetch;
  /** Headers sent with every request. */
  defaultHeaders?: Record<string, string>;
  /** Where log lines go; defaults to `console`. Secrets are redacted before they get here. */
  logger?: Logger;
  /** The least severe level that is logged. Default `warn`. */
  logLevel?: LogLevel;
}

/** Per-call options, the last argument of every SDK method. */
export interface RequestOptions {
  /** Overrides the client's `timeout` for this call. */
  timeout?: number;
  /** Overrides the client's `maxRetries` for this call. */
  maxRetries?: number;
  /** Extra headers; they override the client's and the operation's. */
  headers?: Record<string, string | undefined>;
  /** Extra query parameters (`form` style); they replace operation parameters of the same name. */
  query?: Record<string, unknown>;
  /** Aborts the call, including any wait between retries, with an `AbortError`. */
  signal?: AbortSignal;
}
