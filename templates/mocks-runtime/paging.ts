import { withIndex } from './ids.js';
import type { MockPage } from './types.js';

/** Largest page a mock list returns, whatever the request asks for. */
export const MAX_PAGE_SIZE = 1000;

/** The opaque `next_page_token` of the page starting at `offset`. */
export function encodePageToken(offset: number): string {
  return btoa(`mock-offset:${offset}`);
}

/** The offset a page token stands for; 0 for a missing or unreadable token. */
export function decodePageToken(token: string | null): number {
  if (!token) return 0;
  try {
    const match = /^mock-offset:(\d+)$/.exec(atob(token));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * One page of a list of `total` items, built from a sample page body: its
 * first item is the template of every item (each with its own id), the other
 * fields are kept. The next-page field is empty on the last page.
 */
export function pageBody(sample: unknown, page: MockPage, url: URL, total: number): Record<string, unknown> {
  const body =
    typeof sample === 'object' && sample !== null && !Array.isArray(sample)
      ? (sample as Record<string, unknown>)
      : {};
  const sampleItems = body[page.itemsField];
  const template = Array.isArray(sampleItems) ? sampleItems[0] : undefined;
  const requested = page.sizeParam ? Number(url.searchParams.get(page.sizeParam)) : Number.NaN;
  const size =
    Number.isInteger(requested) && requested > 0 ? Math.min(requested, MAX_PAGE_SIZE) : page.defaultSize;
  const offset = decodePageToken(url.searchParams.get(page.tokenParam));
  const count = template === undefined ? 0 : Math.max(0, Math.min(size, total - offset));
  const items = Array.from({ length: count }, (_, position) => withIndex(template, offset + position));
  const next = offset + size < total && template !== undefined ? encodePageToken(offset + size) : '';
  return { ...body, [page.itemsField]: items, [page.nextField]: next };
}
