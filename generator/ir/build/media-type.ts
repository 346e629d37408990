import type { BodyEncoding, ResponseKind } from '../types.js';

export function isJsonMediaType(mediaType: string): boolean {
  const base = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  return base === 'application/json' || base.endsWith('+json') || base === '*/*';
}

/** How the SDK encodes a request body of this media type. */
export function bodyEncoding(mediaType: string): BodyEncoding {
  const base = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (isJsonMediaType(base)) return 'json';
  if (base === 'multipart/form-data' || base.startsWith('multipart/')) return 'multipart';
  if (base === 'application/x-www-form-urlencoded') return 'form';
  if (base.startsWith('text/')) return 'text';
  return 'binary';
}

/** How the SDK reads a response of this media type. */
export function responseKind(mediaType: string, schemaFormat: string | undefined): ResponseKind {
  const base = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (schemaFormat === 'binary') return 'binary';
  if (isJsonMediaType(base)) return 'json';
  if (base.startsWith('text/') || base === 'application/xml') return 'text';
  return 'binary';
}

/** The preferred media type of a content map: JSON first, then multipart, form, binary, text. */
export function preferredMediaType(mediaTypes: string[]): string | undefined {
  const rank = (mediaType: string) => ['json', 'multipart', 'form', 'binary', 'text'].indexOf(bodyEncoding(mediaType));
  return [...mediaTypes].sort((a, b) => rank(a) - rank(b))[0];
}
