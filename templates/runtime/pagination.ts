import { ApiPromise, type WithResponse } from './api-promise.js';
import { InvalidResponseError } from './errors.js';

/** Where a list operation keeps its items and tokens, e.g. `{ itemsField: 'result', nextField: 'next_page_token', tokenParam: 'page_token' }`. */
export interface PageConfig {
  /** Body field holding the page's items. */
  itemsField: string;
  /** Body field holding the next page's token; empty or absent on the last page. */
  nextField: string;
  /** Query parameter that asks for a page by token. */
  tokenParam: string;
}

/** Fetches the JSON body of the page with `token`; undefined asks for the first page as the caller specified it. */
export type PageFetcher = (token: string | undefined) => Promise<WithResponse<unknown>>;

/** One page of a list. */
export class Page<Item> {
  /** This page's items. */
  readonly items: Item[];
  /** The token of the next page; undefined on the last page. */
  readonly nextPageToken: string | undefined;
  /** The HTTP response of this page. */
  readonly response: Response;
  readonly #fetchNext: (token: string) => PagePromise<Item>;

  constructor(init: Pick<Page<Item>, 'items' | 'nextPageToken' | 'response'>, fetchNext: (token: string) => PagePromise<Item>) {
    this.items = init.items;
    this.nextPageToken = init.nextPageToken;
    this.response = init.response;
    this.#fetchNext = fetchNext;
  }

  /** Whether another page follows. */
  hasNextPage(): boolean {
    return this.nextPageToken !== undefined;
  }

  /** Fetches the next page; check {@link hasNextPage} first. */
  getNextPage(): PagePromise<Item> {
    if (this.nextPageToken === undefined) throw new Error('This is the last page: check hasNextPage() before getNextPage()');
    return this.#fetchNext(this.nextPageToken);
  }
}

/**
 * What a list operation returns. Await it for the first {@link Page}, or
 * `for await` it for every item of every page, fetched as needed.
 */
export class PagePromise<Item, R extends string = string> extends ApiPromise<Page<Item>, R> implements AsyncIterable<Item> {
  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    let page = (await this.withResponse()).data;
    for (;;) {
      yield* page.items;
      if (!page.hasNextPage()) return;
      page = await page.getNextPage();
    }
  }
}

/**
 * Fetches a page and wires it to the next ones. `requested` holds every token
 * asked for so far: a page pointing back to one of them would loop forever,
 * so it fails with an {@link InvalidResponseError} instead.
 */
export function fetchPage<Item, R extends string = string>(
  config: PageConfig,
  fetcher: PageFetcher,
  token: string | undefined,
  requested: ReadonlySet<string>,
): PagePromise<Item, R> {
  const fetchNext = (next: string) => fetchPage<Item>(config, fetcher, next, new Set([...requested, next]));
  return new PagePromise<Item, R>(
    fetcher(token).then((result) => ({ ...result, data: toPage<Item>(config, result, requested, fetchNext) })),
  );
}

function toPage<Item>(
  config: PageConfig,
  { data, response }: WithResponse<unknown>,
  requested: ReadonlySet<string>,
  fetchNext: (token: string) => PagePromise<Item>,
): Page<Item> {
  const invalid = (problem: string) => new InvalidResponseError(problem, { status: response.status, headers: response.headers });
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw invalid(`Expected a list page (a JSON object with "${config.itemsField}"), got ${kindOf(data)}`);
  }
  const body = data as Record<string, unknown>;
  const items = body[config.itemsField] ?? [];
  if (!Array.isArray(items)) throw invalid(`Expected "${config.itemsField}" to be an array, got ${kindOf(items)}`);
  const next = body[config.nextField];
  const nextPageToken = typeof next === 'string' && next !== '' ? next : undefined;
  if (nextPageToken !== undefined && requested.has(nextPageToken)) {
    throw invalid(
      `Pagination loop: the server returned "${config.nextField}" "${nextPageToken}", which was already requested; stopping instead of fetching the same pages again`,
    );
  }
  return new Page<Item>({ items: items as Item[], nextPageToken, response }, fetchNext);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : typeof value;
}
