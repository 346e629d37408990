import type { ApiIR, OperationIR } from '../ir/types.js';
import { schemaIndex } from '../ir/schema-lookup.js';
import { uuid } from '../mocks/format-values.js';
import { defaultPageSize, successStatus } from '../mocks/operation-facts.js';
import { createRandom, type Random } from '../mocks/prng.js';
import { SampleEngine } from '../mocks/sample.js';
import { checkRequest } from './check-request.js';
import { classifyOperations, type Collection } from './classify.js';
import { ErrorReplies, type MockReply } from './errors.js';
import { cursorToken, overlay, readCursor, stamp } from './records.js';
import { compileRoutes, matchRoute, type Route } from './routes.js';
import { RecordStore, type StoredRecord } from './store.js';

export interface MockApiOptions {
  seed: number;
  /** Require `Authorization: Bearer …` or `?accesskey=` on operations with security. */
  auth: boolean;
  /** Share of requests (0–1) answered with 503 or 429 before anything else happens. */
  failRate: number;
  /** Seconds sent in `Retry-After` with injected faults. */
  retryAfter: number;
  /** Records each collection starts with. */
  preload: number;
  now?: () => Date;
}

export interface MockRequest {
  method: string;
  /** Path and query, e.g. `/v1.0/calls?page_size=10`. */
  url: string;
  headers: Record<string, string | undefined>;
  body: string;
}

/** Counts of what the mock has answered, for tests and the CLI. */
export interface MockStats {
  requests: number;
  faults: number;
  byStatus: Record<number, number>;
}

/** VoIPBIN look-alike over an IR: one request in, one reply out, records kept in memory. */
export class MockApi {
  readonly stats: MockStats = { requests: 0, faults: 0, byStatus: {} };
  readonly store = new RecordStore();
  private readonly index;
  private readonly engine;
  private readonly routes: Route[];
  private readonly errors: ErrorReplies;
  private readonly ids: Random;
  private readonly faults: Random;
  private readonly basePath: string;
  private requestCount = 0;

  constructor(
    ir: ApiIR,
    private readonly options: MockApiOptions,
  ) {
    this.index = schemaIndex(ir);
    this.engine = new SampleEngine(ir.schemas, options.seed);
    this.routes = compileRoutes(classifyOperations(ir));
    this.errors = new ErrorReplies(ir.errors);
    this.ids = createRandom(options.seed, 'record-ids');
    this.faults = createRandom(options.seed, 'faults');
    this.basePath = serverPath(ir.servers[0]?.url);
  }

  handle(request: MockRequest): MockReply {
    const reply = this.answer(request);
    this.stats.requests++;
    this.stats.byStatus[reply.status] = (this.stats.byStatus[reply.status] ?? 0) + 1;
    return reply;
  }

  private answer(request: MockRequest): MockReply {
    const requestId = `req_${this.options.seed.toString(16).toUpperCase().padStart(4, '0')}${(++this.requestCount).toString(16).toUpperCase().padStart(12, '0')}`;
    const url = new URL(request.url, 'http://mock.invalid');
    const path = this.basePath && url.pathname.startsWith(`${this.basePath}/`) ? url.pathname.slice(this.basePath.length) : url.pathname;
    const matched = matchRoute(this.routes, request.method.toLowerCase(), path);
    if (!matched) return this.errors.reply(this.errors.pick(['ROUTE_NOT_FOUND'], 'NOT_FOUND'), 'NOT_FOUND', `No operation ${request.method} ${url.pathname}`, requestId);
    const { operation, role, collection } = matched.route.classified;

    if (this.options.auth && operation.security.length > 0 && !authenticated(request, url)) {
      return this.errors.reply(this.errors.pick(['AUTHENTICATION_REQUIRED'], 'UNAUTHENTICATED'), 'UNAUTHENTICATED', 'Send Authorization: Bearer <token> or ?accesskey=<key>', requestId);
    }
    if (this.options.failRate > 0 && this.faults.uint32() / 0x100000000 < this.options.failRate) {
      this.stats.faults++;
      const headers = { 'retry-after': String(this.options.retryAfter) };
      return this.faults.boolean()
        ? this.errors.reply(this.errors.pick(['RATE_LIMIT_EXCEEDED'], 'RESOURCE_EXHAUSTED'), 'RESOURCE_EXHAUSTED', 'Injected fault (--fail-rate)', requestId, { headers })
        : this.errors.reply(this.errors.pick(['SERVICE_UNAVAILABLE'], 'UNAVAILABLE'), 'UNAVAILABLE', 'Injected fault (--fail-rate)', requestId, { headers });
    }

    const checked = checkRequest(this.index, operation, { pathParams: matched.pathParams, query: url.searchParams, body: request.body });
    if (checked.issues.length > 0) {
      const reason =
        checked.problem === 'invalid-json'
          ? this.errors.pick(['INVALID_JSON_BODY', 'INVALID_ARGUMENT'], 'INVALID_ARGUMENT')
          : checked.problem === 'missing-parameter'
            ? this.errors.pick(['MISSING_REQUEST_PARAMETER', 'INVALID_REQUEST_PARAMETER', 'INVALID_ARGUMENT'], 'INVALID_ARGUMENT')
            : this.errors.pick(['INVALID_REQUEST_PARAMETER', 'INVALID_ARGUMENT'], 'INVALID_ARGUMENT');
      const first = checked.issues[0] as { field: string; message: string };
      return this.errors.reply(reason, 'INVALID_ARGUMENT', `${first.field || 'body'} ${first.message}`, requestId, { details: checked.issues });
    }
    if (!collection) return this.success(operation, this.engine.sample(operation.success?.schema ?? { kind: 'unknown', pointer: '' }, operation.pointer));

    const key = fillPath(collection.path, matched.pathParams);
    this.preload(collection, key);
    if (role === 'list') return this.list(operation, key, url, requestId);
    if (role === 'create') return this.create(operation, collection, key, checked.body);
    const id = matched.pathParams[collection.idParam] ?? '';
    const record = this.store.get(key, id);
    if (!record) return this.errors.reply(this.errors.notFoundReason(operation, collection.path), 'NOT_FOUND', `No record ${id} in ${key}`, requestId);
    if (role === 'delete') {
      this.store.remove(key, id);
      return this.respond(operation, collection, record);
    }
    if ((role === 'update' || operation.method === 'put' || operation.method === 'patch') && checked.body !== undefined) {
      const updated = stamp(overlay(this.index, collection.item, record, checked.body), this.now(), ['tm_update']);
      this.store.put(key, id, updated);
      return this.respond(operation, collection, updated);
    }
    return this.respond(operation, collection, record);
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private newRecord(collection: Collection, key: string, body: unknown): StoredRecord {
    const sample = structuredClone(this.engine.sample(collection.item, key)) as StoredRecord;
    const id = uuid(this.ids);
    const record = stamp(overlay(this.index, collection.item, typeof sample === 'object' && sample !== null ? sample : {}, body), this.now(), ['tm_create', 'tm_update']);
    return { ...record, id };
  }

  private preload(collection: Collection, key: string): void {
    if (!this.store.firstVisit(key)) return;
    for (let n = 0; n < this.options.preload; n++) {
      const record = this.newRecord(collection, key, undefined);
      this.store.put(key, record.id as string, record);
    }
  }

  private create(operation: OperationIR, collection: Collection, key: string, body: unknown): MockReply {
    const record = this.newRecord(collection, key, body);
    this.store.put(key, record.id as string, record);
    return this.respond(operation, collection, record);
  }

  private list(operation: OperationIR, key: string, url: URL, requestId: string): MockReply {
    const page = operation.pagination!;
    const after = readCursor(url.searchParams.get(page.tokenParam));
    if (after === undefined) return this.errors.reply(this.errors.pick(['INVALID_REQUEST_PARAMETER', 'INVALID_ARGUMENT'], 'INVALID_ARGUMENT'), 'INVALID_ARGUMENT', `${page.tokenParam} is not a token this server issued`, requestId);
    const requested = page.sizeParam ? Number(url.searchParams.get(page.sizeParam)) : Number.NaN;
    const size = Number.isInteger(requested) && requested > 0 ? Math.min(requested, 1000) : defaultPageSize(operation);
    const remaining = this.store.list(key).filter((entry) => entry.seq > after);
    const served = remaining.slice(0, size);
    const last = served[served.length - 1];
    const sample = this.engine.sample(operation.success?.schema ?? { kind: 'unknown', pointer: '' }, operation.pointer);
    const body = { ...(typeof sample === 'object' && sample !== null ? sample : {}), [page.itemsField]: served.map((entry) => entry.record), [page.nextField]: remaining.length > size && last ? cursorToken(last.seq) : '' };
    return this.success(operation, body);
  }

  /** The success response around a record: the record itself, or a sample with the record where its schema appears. */
  private respond(operation: OperationIR, collection: Collection, record: StoredRecord): MockReply {
    const schema = operation.success?.schema;
    if (!schema) return this.success(operation, undefined);
    const itemTarget = collection.item.kind === 'ref' ? collection.item.target : undefined;
    if (schema.kind === 'ref' && schema.target === itemTarget) return this.success(operation, record);
    const substitutes = new Map<string, unknown>(itemTarget ? [[itemTarget, record]] : []);
    return this.success(operation, this.engine.sample(schema, operation.pointer, substitutes));
  }

  private success(operation: OperationIR, body: unknown): MockReply {
    const status = successStatus(operation.success);
    const kind = operation.success?.kind ?? 'empty';
    if (kind === 'empty' || status === 204) return { status, headers: {} };
    if (kind !== 'json') return { status, headers: { 'content-type': operation.success?.contentType ?? 'application/octet-stream' }, body: typeof body === 'string' ? body : 'mock data' };
    return { status, headers: { 'content-type': 'application/json' }, body };
  }
}

function authenticated(request: MockRequest, url: URL): boolean {
  const header = request.headers['authorization'] ?? '';
  return /^Bearer\s+\S+/i.test(header) || (url.searchParams.get('accesskey') ?? '') !== '';
}

/** The path part of the server URL (`/v1.0`), without a trailing slash. */
function serverPath(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url.replace(/\{[^}]+\}/g, 'x'), 'http://mock.invalid').pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}

function fillPath(template: string, params: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (whole, name: string) => params[name] ?? whole);
}
