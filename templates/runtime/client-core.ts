import { ApiPromise, type WithResponse } from './api-promise.js';
import { errorFromResponse, type ReasonRetryability } from './error-factory.js';
import { VoipbinClientError, VoipbinError } from './errors.js';
import { fetchOnce, type Received } from './fetch-once.js';
import { createLogger, type LevelLogger } from './logger.js';
import type { ClientOptions, RequestOptions } from './options.js';
import { fetchPage, type PageConfig, type PagePromise } from './pagination.js';
import { prepareRequest, type PreparedRequest, type RequestContext } from './prepare-request.js';
import { redactHeaders, redactText } from './redact.js';
import type { RequestSpec } from './request-spec.js';
import { decodeBody, requestIdOf } from './response.js';
import { retryDelay, shouldRetry, sleep, type RetryClock } from './retry.js';

/** What the generated client knows from the spec. */
export interface ClientDefaults {
  /** Used when `ClientOptions.baseURL` is not given. */
  baseURL: string;
  /** Sent as `User-Agent` outside browsers, e.g. `voipbin-node/1.4.0`. */
  userAgent?: string;
  /** The SDK's reason catalog: whether an error reason is worth retrying (undefined for reasons it does not know). */
  isRetryableReason?: ReasonRetryability;
}

/** Replaceable time and chance, for tests and simulations; the defaults are real. */
export interface TransportHooks {
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRIES = 2;

/**
 * Owns the transport of a generated client: URLs, auth, retries, timeouts,
 * logging and errors. Generated resources call {@link ClientCore.request} and
 * {@link ClientCore.requestPage}; nothing else touches the network.
 */
export class ClientCore {
  readonly #options: ClientOptions;
  readonly #context: RequestContext;
  readonly #fetch: typeof fetch;
  readonly #log: LevelLogger;
  readonly #sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly #clock: RetryClock;
  readonly #isRetryableReason: ReasonRetryability | undefined;
  /** The token provider's latest answer, redacted like the static secrets. */
  #providedToken: string | undefined;

  constructor(options: ClientOptions, defaults: ClientDefaults, hooks: TransportHooks = {}) {
    this.#options = options;
    const baseURL = options.baseURL ?? defaults.baseURL;
    if (!isAbsoluteUrl(baseURL)) throw new TypeError(`baseURL must be an absolute URL, got "${this.#redact(baseURL)}"`);
    this.#context = {
      baseURL,
      accessKey: options.accessKey,
      defaultHeaders: options.defaultHeaders,
      userAgent: defaults.userAgent,
      redact: (text) => this.#redact(text),
    };
    const fetchFn = options.fetch ?? globalThis.fetch;
    if (typeof fetchFn !== 'function') throw new TypeError('No global fetch in this runtime: pass options.fetch');
    this.#fetch = fetchFn;
    this.#log = createLogger(options.logger ?? console, options.logLevel ?? 'warn');
    this.#sleep = hooks.sleep ?? sleep;
    this.#clock = { random: hooks.random ?? Math.random, now: hooks.now ?? Date.now };
    this.#isRetryableReason = defaults.isRetryableReason;
  }

  /** Sends one operation call; the promise resolves to the decoded body. `R` names the error reasons the operation documents. */
  request<T, R extends string = string>(spec: RequestSpec, options: RequestOptions = {}): ApiPromise<T, R> {
    return new ApiPromise<T, R>(this.#execute(spec, options) as Promise<WithResponse<T>>);
  }

  /** Sends a list call; await the result for one page or `for await` it for every item. */
  requestPage<Item, R extends string = string>(spec: RequestSpec, options: RequestOptions | undefined, config: PageConfig): PagePromise<Item, R> {
    const callOptions = options ?? {};
    const firstToken = callOptions.query?.[config.tokenParam] ?? spec.query?.[config.tokenParam];
    const requested = new Set(typeof firstToken === 'string' && firstToken !== '' ? [firstToken] : []);
    // Call-level query parameters replace the operation's, so this also replaces a caller's first token.
    const fetcher = (token: string | undefined) =>
      this.#execute(
        spec,
        token === undefined ? callOptions : { ...callOptions, query: { ...callOptions.query, [config.tokenParam]: token } },
      );
    return fetchPage<Item, R>(config, fetcher, undefined, requested);
  }

  async #execute(spec: RequestSpec, options: RequestOptions): Promise<WithResponse<unknown>> {
    spec.validate?.request?.(spec.body?.value);
    const prepared = prepareRequest(spec, options, this.#context);
    const received = await this.#send(prepared, options);
    const data = decodeBody(spec.response, received, this.#context.redact);
    spec.validate?.response?.(data);
    return { data, response: received.response, requestId: requestIdOf(received.response.headers, data) };
  }

  /** Attempts until a 2xx arrives, with retries and one token refresh after a 401; else throws the last error. */
  async #send(prepared: PreparedRequest, options: RequestOptions): Promise<Received> {
    const maxRetries = options.maxRetries ?? this.#options.maxRetries ?? DEFAULT_MAX_RETRIES;
    let retries = 0;
    let tokenRefreshed = false;
    let forceRefresh = false;
    for (;;) {
      let error: unknown;
      try {
        return await this.#attempt(prepared, options, forceRefresh);
      } catch (caught) {
        error = caught;
      }
      forceRefresh = false;
      if (!(error instanceof VoipbinClientError) || prepared.isStream) throw error;
      if (!tokenRefreshed && this.#options.tokenProvider && error instanceof VoipbinError && error.status === 401) {
        tokenRefreshed = true;
        forceRefresh = true;
        this.#log.info(`${prepared.label} got 401: refreshing the token and sending once more`);
        continue;
      }
      if (retries >= maxRetries || !shouldRetry(prepared.method, error, this.#options.retryPost ?? false)) throw error;
      const delayMs = retryDelay(retries, error, this.#clock);
      retries += 1;
      const reason = error instanceof VoipbinError ? `HTTP ${error.status}${error.reason ? ` ${error.reason}` : ''}` : error.name;
      this.#log.debug(`Retrying ${prepared.label} in ${delayMs} ms (${reason})`, {
        attempt: retries + 1,
        maxAttempts: maxRetries + 1,
        reason,
        delayMs,
      });
      await this.#sleep(delayMs, options.signal);
    }
  }

  /** One attempt: authorise, send, read the body; a non-2xx becomes the matching error. */
  async #attempt(prepared: PreparedRequest, options: RequestOptions, forceRefresh: boolean): Promise<Received> {
    const headers = new Headers(prepared.headers);
    const token = await this.#token(forceRefresh);
    if (token && !headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
    // Node's fetch refuses a stream body unless told it is sent half-duplex.
    const init: RequestInit & { duplex?: 'half' } = {
      method: prepared.method.toUpperCase(),
      headers,
      body: prepared.body ?? null,
      redirect: prepared.redirect,
    };
    if (prepared.isStream) init.duplex = 'half';
    // Debug lines are built only when logged: redacting headers and URL for a line nobody sees cost every call tens of µs.
    const debugging = this.#log.logs('debug');
    if (debugging) this.#log.debug(`Sending ${prepared.label}`, { headers: redactHeaders(headers) });
    const started = debugging ? this.#clock.now() : 0;
    const received = await fetchOnce(this.#fetch, prepared.url, init, {
      timeout: options.timeout ?? this.#options.timeout ?? DEFAULT_TIMEOUT_MS,
      signal: options.signal,
      readAs: prepared.readAs,
      label: () => prepared.label,
      redact: this.#context.redact,
    });
    const { status, headers: responseHeaders, ok } = received.response;
    if (debugging) this.#log.debug(`${prepared.label} answered HTTP ${status} in ${this.#clock.now() - started} ms`);
    if (ok || (prepared.redirect === 'manual' && isRedirect(received.response))) return received;
    const bodyText = typeof received.payload === 'string' ? received.payload : '';
    throw errorFromResponse(status, responseHeaders, this.#redact(bodyText), {
      operation: prepared.operation,
      isRetryableReason: this.#isRetryableReason,
    });
  }

  async #token(forceRefresh: boolean): Promise<string | undefined> {
    const provider = this.#options.tokenProvider;
    if (!provider) return this.#options.token;
    this.#providedToken = await provider({ forceRefresh });
    return this.#providedToken;
  }

  #redact(text: string): string {
    return redactText(text, [this.#options.token, this.#options.accessKey, this.#providedToken]);
  }
}

/** A 3xx, or what browsers show of one under `redirect: 'manual'`. */
function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
}

/** `URL.canParse` arrived only in Node 19.9. */
function isAbsoluteUrl(url: string): boolean {
  try {
    return Boolean(new URL(url));
  } catch {
    return false;
  }
}
