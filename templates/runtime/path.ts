/** Builds request paths and URLs. */

/**
 * Encodes one path parameter as a single segment: `a/b?c=1` → `a%2Fb%3Fc%3D1`.
 * Empty, `.` and `..` are rejected, because URL parsing would drop or resolve
 * them and send the request to a different endpoint.
 */
export function encodePathParam(value: string | number | boolean): string {
  const text = String(value);
  if (text === '' || text === '.' || text === '..') {
    throw new RangeError(`A path parameter cannot be empty, "." or ".." (got "${text}")`);
  }
  return encodeURIComponent(text);
}

/** Tagged template that encodes each interpolation: path`/calls/${id}/hangup`. */
export function path(strings: TemplateStringsArray, ...values: (string | number | boolean)[]): string {
  let result = strings[0] ?? '';
  values.forEach((value, index) => {
    result += encodePathParam(value) + (strings[index + 1] ?? '');
  });
  return result;
}

/** Joins the base URL, an encoded path and a serialised query (without `?`). */
export function buildUrl(baseURL: string, encodedPath: string, query: string): string {
  const url = baseURL.replace(/\/+$/, '') + encodedPath;
  return query ? `${url}?${query}` : url;
}
