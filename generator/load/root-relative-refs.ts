/**
 * VoIPBIN's multi-file source writes `$ref: '#/components/...'` inside path
 * files and means the ROOT document. Strict resolvers (and swagger-parser)
 * read it as "this file", where it does not exist. This rewrites such refs,
 * in memory, to the root file's absolute location, when the pointer does not resolve in
 * the file itself. Returns how many refs were rewritten; `rewritten` collects the objects whose `$ref` it rewrote.
 */
export function rewriteRootRelativeRefs(value: unknown, fileUrl: string, rootUrl: string, rewritten?: Set<object>): number {
  if (fileUrl === rootUrl) return 0;
  let count = 0;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    const ref = record.$ref;
    if (typeof ref === 'string' && ref.startsWith('#/') && !pointerExists(value, ref)) {
      record.$ref = rootUrl + ref;
      rewritten?.add(record);
      count++;
    }
    for (const key of Object.keys(record)) if (key !== '$ref') visit(record[key]);
  };
  visit(value);
  return count;
}

/** Whether a local JSON pointer (`#/a/b`) resolves inside `document`. */
export function pointerExists(document: unknown, pointer: string): boolean {
  let node: unknown = document;
  for (const token of pointerTokens(pointer)) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, token)) return false;
    node = (node as Record<string, unknown>)[token];
  }
  return true;
}

export function pointerTokens(pointer: string): string[] {
  const body = pointer.replace(/^#/, '');
  if (body === '' || body === '/') return [];
  return body
    .slice(1)
    .split('/')
    .map((token) => (token.includes('%') || token.includes('~') ? decodeURIComponent(token).replaceAll('~1', '/').replaceAll('~0', '~') : token));
}

export function escapePointerToken(token: string): string {
  // Most tokens need no escape: a test is cheaper than two regex replaces (called for every key of a spec walk).
  if (!token.includes('~') && !token.includes('/')) return token;
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}
