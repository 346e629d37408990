import type { QueryParam } from './request-spec.js';

const DELIMITER = { form: ',', spaceDelimited: '%20', pipeDelimited: '|' } as const;

/**
 * Serialises query parameters per OpenAPI 3, without the leading `?`:
 *
 * - `form` + explode: arrays repeat the key (`a=1&a=2`), objects send each property (`x=1&y=2`).
 * - `form`: arrays and objects are comma-joined (`a=1,2`, `a=x,1,y,2`).
 * - `spaceDelimited` / `pipeDelimited`: joined with `%20` / `|` (`a=1%202`, `a=1|2`).
 * - `deepObject`: `a[x]=1&a[y]=2`, nesting deeper as `a[x][y]=1`.
 *
 * Names and values are percent-encoded; delimiters and deepObject brackets are
 * not. `undefined`, `null` and empty arrays are omitted. Dates are sent as
 * ISO 8601; objects nested inside arrays as JSON.
 */
export function serializeQuery(params: readonly QueryParam[]): string {
  return params.flatMap(serializeParam).join('&');
}

function serializeParam({ name, value, style = 'form', explode = style === 'form' }: QueryParam): string[] {
  if (isAbsent(value)) return [];
  const key = encodeURIComponent(name);
  if (style === 'deepObject') return deepObjectPairs(key, value);
  if (Array.isArray(value)) {
    const items = value.filter((item) => !isAbsent(item)).map(encodeValue);
    if (items.length === 0) return [];
    return explode ? items.map((item) => `${key}=${item}`) : [`${key}=${items.join(DELIMITER[style])}`];
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value).filter(([, item]) => !isAbsent(item));
    if (explode) return entries.map(([k, item]) => `${encodeURIComponent(k)}=${encodeValue(item)}`);
    const flat = entries.flatMap(([k, item]) => [encodeURIComponent(k), encodeValue(item)]);
    return flat.length === 0 ? [] : [`${key}=${flat.join(DELIMITER[style])}`];
  }
  return [`${key}=${encodeValue(value)}`];
}

/** `a[b][c]=v` for nested objects; array members repeat the key. `key` is already encoded. */
function deepObjectPairs(key: string, value: unknown): string[] {
  if (isAbsent(value)) return [];
  if (Array.isArray(value)) return value.flatMap((item) => deepObjectPairs(key, item));
  if (isPlainObject(value)) {
    return Object.entries(value).flatMap(([k, item]) => deepObjectPairs(`${key}[${encodeURIComponent(k)}]`, item));
  }
  return [`${key}=${encodeValue(value)}`];
}

function encodeValue(value: unknown): string {
  if (value instanceof Date) return encodeURIComponent(value.toISOString());
  if (typeof value === 'object') return encodeURIComponent(JSON.stringify(value));
  return encodeURIComponent(String(value));
}

function isAbsent(value: unknown): value is null | undefined {
  return value === undefined || value === null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
