import { serializeQuery } from './query.js';
import type { BodySpec } from './request-spec.js';

/** What `fetch` accepts as a body (spelled without the DOM-only `BodyInit`, so Node-only type setups compile). */
export type FetchBody = NonNullable<RequestInit['body']>;

/** A request body ready for `fetch`. */
export interface EncodedBody {
  body: FetchBody | undefined;
  /** Undefined when fetch sets it (multipart, with its boundary) or there is no body. */
  contentType: string | undefined;
  /** A stream body is consumed by the first attempt, so the request cannot be sent again. */
  isStream: boolean;
}

const NO_BODY: EncodedBody = { body: undefined, contentType: undefined, isStream: false };

/** Encodes a request body as its `kind` says; none when there is no spec or its value is `undefined`. */
export function encodeBody(spec: BodySpec | undefined): EncodedBody {
  if (spec?.value === undefined) return NO_BODY;
  switch (spec.kind) {
    case 'json': {
      const json = JSON.stringify(spec.value) as string | undefined;
      return json === undefined ? NO_BODY : { body: json, contentType: 'application/json', isStream: false };
    }
    case 'multipart':
      return { body: toFormData(spec.value), contentType: undefined, isStream: false };
    case 'form': {
      const params = Object.entries(spec.value).map(([name, value]) => ({ name, value }));
      return { body: serializeQuery(params), contentType: 'application/x-www-form-urlencoded', isStream: false };
    }
    case 'binary': {
      const { value } = spec;
      const blobType = value instanceof Blob ? value.type : '';
      return {
        // Typed arrays are typed over ArrayBufferLike; fetch itself rejects a SharedArrayBuffer.
        body: value as FetchBody,
        contentType: spec.contentType ?? (blobType || 'application/octet-stream'),
        isStream: value instanceof ReadableStream,
      };
    }
    case 'text':
      return { body: spec.value, contentType: spec.contentType ?? 'text/plain; charset=utf-8', isStream: false };
  }
}

/** Multipart fields: arrays repeat the field; `undefined` and `null` are left out. */
function toFormData(fields: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) appendPart(form, name, item);
  }
  return form;
}

/** Blob/File and bytes become file parts (a File keeps its name); plain objects are sent as JSON text. */
function appendPart(form: FormData, name: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (value instanceof Blob) form.append(name, value);
  // Blob takes any ArrayBuffer or view; the cast sidesteps lib typings that differ on typed arrays.
  else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) form.append(name, new Blob([value as ArrayBuffer]));
  else if (value instanceof Date) form.append(name, value.toISOString());
  else if (typeof value === 'object') form.append(name, JSON.stringify(value));
  else form.append(name, String(value));
}
