/**
 * What generated code hands to {@link ClientCore}: one operation call, already
 * resolved from the spec. Paths arrive encoded; query parameters come by
 * name, with their OpenAPI serialisation style where it is not `form`.
 */

/** HTTP methods an operation can use, lower-case as in the spec. */
export type HttpMethod = 'get' | 'post' | 'put' | 'delete' | 'patch' | 'head' | 'options';

/**
 * How the success body is read: parsed JSON, a `Blob`, a string, nothing
 * (`undefined`), or, for an operation that answers with a 3xx, the redirect's
 * target URL (the redirect is not followed).
 */
export type ResponseKind = 'json' | 'binary' | 'text' | 'empty' | 'redirect';

/** One query parameter and its OpenAPI serialisation (`style` defaults to `form`; `explode` to `style === 'form'`). */
export interface QueryParam {
  name: string;
  /** `undefined`, `null` and empty arrays are omitted from the URL. */
  value: unknown;
  style?: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  explode?: boolean;
}

/** A request body and how to encode it. An `undefined` value is an optional body left out: nothing is sent. */
export type BodySpec =
  | { kind: 'json'; value: unknown }
  /** `multipart/form-data`: Blob/File/bytes become file parts, arrays repeat the field, plain objects are sent as JSON text. */
  | { kind: 'multipart'; value: Record<string, unknown> | undefined }
  /** `application/x-www-form-urlencoded`, each property serialised like a `form`/`explode` query parameter. */
  | { kind: 'form'; value: Record<string, unknown> | undefined }
  /** Raw bytes. A `ReadableStream` can be sent only once, so such a request is never retried. */
  | { kind: 'binary'; value: Blob | ArrayBuffer | Uint8Array | ReadableStream<Uint8Array> | undefined; contentType?: string }
  | { kind: 'text'; value: string | undefined; contentType?: string };

/** One operation call as generated code describes it. */
export interface RequestSpec {
  /** The SDK method, e.g. `calls.hangup`; errors carry it as `operation`. */
  operation?: string;
  method: HttpMethod;
  /** Path below the base URL, starting with `/`, path parameters already encoded (see `encodePathParam`). */
  path: string;
  /** Query parameters by name; `undefined`, `null` and empty arrays are omitted from the URL. */
  query?: Record<string, unknown>;
  /** The serialisation of the query parameters that are not `form` with `explode`, by name. */
  queryStyles?: Record<string, Pick<QueryParam, 'style' | 'explode'>>;
  /** Header parameters; `undefined` values are not sent. */
  headers?: Record<string, string | undefined>;
  body?: BodySpec;
  response: ResponseKind;
  /**
   * Checks run before sending (`request`, given the body value) and after
   * decoding each answer (`response`, given the decoded body); each throws to
   * reject the call. SDKs with runtime validation pass them.
   */
  validate?: { request?: (body: unknown) => void; response?: (data: unknown) => void };
}
