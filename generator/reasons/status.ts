/** Canonical status for an HTTP code, as the VoIPBIN `ErrorBody.status` enum spells it. */
const STATUS_BY_HTTP: ReadonlyMap<number, string> = new Map([
  [400, 'INVALID_ARGUMENT'],
  [401, 'UNAUTHENTICATED'],
  [402, 'PAYMENT_REQUIRED'],
  [403, 'PERMISSION_DENIED'],
  [404, 'NOT_FOUND'],
  [409, 'FAILED_PRECONDITION'],
  [429, 'RESOURCE_EXHAUSTED'],
  [500, 'INTERNAL'],
  [503, 'UNAVAILABLE'],
]);

/** 409 is shared by two statuses; these reason endings name the "already exists" one. */
const ALREADY_EXISTS_REASON = /(?:^|_)(?:ALREADY_EXISTS|EXISTS|DUPLICATE|DUPLICATED)$/;

/**
 * The canonical status a reason with this HTTP code carries, or `undefined`
 * when the code has no canonical status. 409 is `FAILED_PRECONDITION` unless
 * the reason ends in `ALREADY_EXISTS`/`EXISTS`/`DUPLICATE(D)`, then `ALREADY_EXISTS`.
 */
export function canonicalStatusForHttp(http: number, reason: string): string | undefined {
  if (http === 409 && ALREADY_EXISTS_REASON.test(reason)) return 'ALREADY_EXISTS';
  return STATUS_BY_HTTP.get(http);
}

/** Status used when the HTTP code has no canonical status. */
export const UNKNOWN_STATUS = 'UNKNOWN';
