import type { ApiIR, OperationIR } from '../ir/types.js';
import type { ValidationIssue } from '../mocks/validate.js';

/** What the mock answers: status, headers and a JSON body (undefined for none). */
export interface MockReply {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

const HTTP_OF: Record<string, number> = {
  INVALID_ARGUMENT: 400, UNAUTHENTICATED: 401, PAYMENT_REQUIRED: 402, PERMISSION_DENIED: 403, NOT_FOUND: 404,
  ALREADY_EXISTS: 409, FAILED_PRECONDITION: 409, RESOURCE_EXHAUSTED: 429, INTERNAL: 500, UNAVAILABLE: 503,
};

/** Builds error replies in the spec's envelope, with reasons from its catalog. */
export class ErrorReplies {
  private readonly reasons: Map<string, { http: number; status: string }>;

  constructor(private readonly errors: ApiIR['errors']) {
    this.reasons = new Map(errors.reasons.map((reason) => [reason.reason, reason]));
  }

  /** The first of `candidates` the catalog knows, else `fallback` (a canonical status, which doubles as a reason). */
  pick(candidates: string[], fallback: string): string {
    return candidates.find((reason) => this.reasons.has(reason)) ?? fallback;
  }

  /**
   * An error reply. A catalog reason brings its HTTP and canonical status;
   * otherwise `status` (canonical) decides.
   */
  reply(reason: string, status: string, message: string, requestId: string, extra: { details?: ValidationIssue[]; headers?: Record<string, string> } = {}): MockReply {
    const known = this.reasons.get(reason);
    const canonical = known?.status ?? status;
    const http = known?.http ?? this.errors.statuses.find((entry) => entry.status === canonical)?.http ?? HTTP_OF[canonical] ?? 500;
    const names = this.errors.fields ?? { container: 'error', status: 'status', reason: 'reason', message: 'message', requestId: 'request_id', details: 'details' };
    const inner: Record<string, unknown> = { [names.status]: canonical, [names.reason]: reason, [names.message]: message, [names.requestId]: requestId };
    if (extra.details && extra.details.length > 0) {
      inner[names.details ?? 'details'] = extra.details.slice(0, 20).map((issue) => ({ field: issue.field, description: issue.message }));
    }
    return { status: http, headers: { 'x-request-id': requestId, ...extra.headers }, body: { [names.container]: inner } };
  }

  /**
   * The NOT_FOUND reason of a record: a catalog reason named like the
   * collection (`/calls` → CALL_NOT_FOUND), preferring the operation's own,
   * else any specific one of the operation, else a generic one.
   */
  notFoundReason(operation: OperationIR, collectionPath: string): string {
    const last = collectionPath.split('/').filter((segment) => segment !== '' && !segment.startsWith('{')).pop() ?? '';
    const stem = `${last.replace(/[-_]/g, '').replace(/s$/, '').toUpperCase()}NOTFOUND`;
    const named = (reasons: string[]) => reasons.find((reason) => reason.replace(/_/g, '') === stem);
    const notFound = operation.reasons.filter((reason) => this.reasons.get(reason)?.status === 'NOT_FOUND');
    const specific = notFound.filter((reason) => !this.errors.reasons.find((entry) => entry.reason === reason)?.appliesTo.includes('*'));
    const catalog = this.errors.reasons.filter((entry) => entry.status === 'NOT_FOUND').map((entry) => entry.reason);
    return named(specific) ?? named(catalog) ?? specific[0] ?? this.pick(['RESOURCE_NOT_FOUND'], 'NOT_FOUND');
  }
}
