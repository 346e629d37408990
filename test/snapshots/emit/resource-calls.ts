import { type ApiPromise, type ClientCore, type PagePromise, type RequestOptions, encodePathParam } from '../core/index.js';
import type { Call } from '../models.js';

/** Parameters of `GET /calls`. */
export interface CallsListParams {
  pageSize?: number;
  /** Cursor for the next page: the `next_page_token` of the previous page. */
  pageToken?: string;
}

/** Parameters of `POST /calls`. */
export type CallsCreateParams = {
  destination: string;
  };

/** Operations under `/calls`. */
export class Calls {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  /**
   * List calls
   *
   * `GET /calls`
   */
  list(params: CallsListParams = {}, options?: RequestOptions): PagePromise<Call> {
    return this.#core.requestPage<Call>({ operation: "calls.list", method: "get", path: "/calls", query: { page_size: params.pageSize, page_token: params.pageToken }, response: "empty" }, options, { itemsField: "result", nextField: "next_page_token", tokenParam: "page_token" });
  }

  /**
   * `POST /calls`
   * @throws {InvalidArgumentError} 400
   */
  create(params: CallsCreateParams, options?: RequestOptions): ApiPromise<Call> {
    return this.#core.request<Call>({ operation: "calls.create", method: "post", path: "/calls", body: { kind: "json", value: params }, response: "json" }, options);
  }

  /**
   * `POST /calls/{id}/hangup`
   * @param id The `id` path parameter.
   * @remarks Error reasons: `CALL_ALREADY_HANGUP`.
   */
  hangup(id: string, options?: RequestOptions): ApiPromise<Call> {
    return this.#core.request<Call>({ operation: "calls.hangup", method: "post", path: `/calls/${encodePathParam(id)}/hangup`, response: "json" }, options);
  }
}
