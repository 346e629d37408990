import { AbortError, ConnectionError, TimeoutError } from './errors.js';

/** How the body of a 2xx response is read; error bodies are always read as text. */
export type ReadMode = 'text' | 'blob' | 'discard';

/** A response whose body has been read within the attempt (and its timeout). */
export interface Received {
  response: Response;
  /** A string for `text` and for error statuses, a Blob for `blob`, undefined for `discard`. */
  payload: string | Blob | undefined;
}

/** How one attempt runs. */
export interface AttemptOptions {
  /** Milliseconds for the whole attempt, body included; `Infinity` for none. */
  timeout: number;
  signal: AbortSignal | undefined;
  readAs: ReadMode;
  /** `METHOD url` with secrets redacted, for error messages: asked for only when there is one. */
  label: () => string;
  redact: (text: string) => string;
}

/** The longest delay `setTimeout` accepts; longer ones would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Sends one request and reads its body. Failures become a {@link TimeoutError}
 * (our timer fired), an {@link AbortError} (the caller's signal) or a
 * {@link ConnectionError} (anything else); timers and listeners are always
 * removed, so nothing keeps the process alive.
 */
export async function fetchOnce(
  fetchFn: typeof fetch,
  url: string,
  init: RequestInit,
  options: AttemptOptions,
): Promise<Received> {
  const { signal, timeout, label } = options;
  if (signal?.aborted) throw new AbortError(`${label()} was aborted`);
  const controller = new AbortController();
  const forwardAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forwardAbort, { once: true });
  let timedOut = false;
  const timer = Number.isFinite(timeout)
    ? setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, Math.min(timeout, MAX_TIMER_MS))
    : undefined;
  try {
    const response = await fetchFn(url, { ...init, signal: controller.signal });
    return { response, payload: await readPayload(response, response.ok ? options.readAs : 'text') };
  } catch (cause) {
    if (signal?.aborted) throw new AbortError(`${label()} was aborted`, { cause });
    if (timedOut) throw new TimeoutError(`${label()} timed out after ${timeout} ms`, { cause });
    throw new ConnectionError(`${label()} failed: ${options.redact(describe(cause))}`, { cause });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}

async function readPayload(response: Response, mode: ReadMode): Promise<string | Blob | undefined> {
  switch (mode) {
    case 'text':
      return response.text();
    case 'blob':
      return response.blob();
    case 'discard':
      // Reading the (normally empty) body lets the connection be reused.
      await response.arrayBuffer();
      return undefined;
  }
}

/** `fetch failed (other side closed)`: runtimes put the useful part in `cause`. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message;
}
