import type { HttpMethod } from '../ir/types.js';

/** A compiled `appliesTo` entry. */
export interface EndpointPattern {
  /** The pattern as written in the catalog. */
  raw: string;
  /** `*` alone: every operation. */
  any: boolean;
  method?: HttpMethod;
  /** Matches a normalized operation path exactly as written. */
  strict: RegExp;
  /** What every path `strict` matches starts with: a cheap test before the regex. */
  prefix: string;
  /** Same, but `-` and `_` are interchangeable in literal text. */
  lenient: RegExp;
}

const METHODS: ReadonlySet<string> = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);
const PATTERN_SHAPE = /^(?:([A-Za-z]+)\s+)?(\S+)$/;
/** `https://api.voipbin.net/v1.0` and the like: scheme, host, and a version segment. */
const BASE_URL = /^https?:\/\/[^/\s]+(?:\/v\d+(?:\.\d+)*(?=\/|$))?/;

/**
 * The endpoint named by an inline literal (`GET /calls/{id}`,
 * `POST https://api.voipbin.net/v1.0/auth/login`, `/calls/{id}*`), normalized
 * to `METHOD /path` or `/path`, or `undefined` if the literal is not an endpoint.
 */
export function endpointFromLiteral(literal: string): string | undefined {
  const shape = PATTERN_SHAPE.exec(literal.trim());
  if (!shape) return undefined;
  const [, method, target = ''] = shape;
  if (method !== undefined && !METHODS.has(method.toLowerCase())) return undefined;
  const path = target.replace(BASE_URL, '');
  if (!path.startsWith('/') || path.startsWith('//')) return undefined;
  return method === undefined ? path : `${method.toUpperCase()} ${path}`;
}

/** Compiles an `appliesTo` entry; `undefined` when it is neither `*` nor an endpoint. */
export function parseEndpointPattern(raw: string): EndpointPattern | undefined {
  if (raw.trim() === '*') return { raw, any: true, strict: /^/, prefix: '', lenient: /^/ };
  const endpoint = endpointFromLiteral(raw);
  if (endpoint === undefined) return undefined;
  const [first = '', second] = endpoint.split(' ');
  const method = second === undefined ? undefined : (first.toLowerCase() as HttpMethod);
  const path = normalizePath(second ?? first);
  const pattern: EndpointPattern = { raw, any: false, strict: pathRegExp(path, false), prefix: literalPrefix(path), lenient: pathRegExp(path, true) };
  if (method !== undefined) pattern.method = method;
  return pattern;
}

/**
 * A path with query/fragment removed, every `{param}` as `{}`, and no trailing
 * slash, so `/calls/{id}` and `/calls/{call_id}/` compare equal.
 */
export function normalizePath(path: string): string {
  const withoutQuery = path.replace(/[?#].*$/, '').replace(/\{[^}]*\}/g, '{}');
  return withoutQuery.length > 1 ? withoutQuery.replace(/\/+$/, '') : withoutQuery;
}

/** True when the pattern covers an operation with this method and (raw) path. */
export function patternMatches(pattern: EndpointPattern, method: HttpMethod, path: string, lenient: boolean): boolean {
  return normalizedPatternMatches(pattern, method, normalizePath(path), lenient);
}

/** patternMatches for a path normalizePath has normalized already. */
export function normalizedPatternMatches(pattern: EndpointPattern, method: HttpMethod, normalized: string, lenient: boolean): boolean {
  if (pattern.any) return true;
  if (pattern.method !== undefined && pattern.method !== method) return false;
  if (lenient) return pattern.lenient.test(normalized);
  return normalized.startsWith(pattern.prefix) && pattern.strict.test(normalized);
}

/** A trailing `*` matches anything (a prefix wildcard); any other `*` matches within one segment. */
function pathRegExp(path: string, lenient: boolean): RegExp {
  const source = path
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, (_star: string, at: number, text: string) => (at === text.length - 1 ? '.*' : '[^/]*'));
  return new RegExp(`^${lenient ? source.replace(/[-_]/g, '[-_]') : source}$`);
}

/** The literal text before the first `*`: every path the pattern matches as written starts with it. */
function literalPrefix(path: string): string {
  const star = path.indexOf('*');
  return star < 0 ? path : path.slice(0, star);
}
