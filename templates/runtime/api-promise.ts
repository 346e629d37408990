/** A result together with the HTTP response it came from. */
export interface WithResponse<T> {
  data: T;
  response: Response;
  /** The `x-request-id` header, else the body's `request_id`; quote it to support. */
  requestId: string | undefined;
}

/**
 * What every SDK call returns: a real `Promise<T>` of the parsed body, plus
 * {@link ApiPromise.withResponse} for the `Response` and request id.
 *
 * It is eager: the request is sent when the SDK method is called, awaited or
 * not. Awaiting it and calling `withResponse()`, in any mix and any number of
 * times, observe that one request.
 *
 * `R` names the error reasons the operation documents (e.g.
 * `CallsHangupErrorReason`); it is there for the reader and the types, and
 * changes nothing at run time.
 */
export class ApiPromise<T, R extends string = string> extends Promise<T> {
  /** `finally()` and friends build plain promises, not ApiPromises. */
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  readonly #result: Promise<WithResponse<T>>;
  #data: Promise<T> | undefined;

  constructor(result: Promise<WithResponse<T>>) {
    // The native state is never read; then() reads #result. So a caller who
    // only uses withResponse() meets no second, unhandled rejection.
    super((resolve) => resolve(undefined as T));
    this.#result = result;
  }

  /** The parsed body with the `Response` and the request id. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#result;
  }

  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    this.#data ??= this.#result.then((result) => result.data);
    return this.#data.then(onfulfilled, onrejected);
  }
}
