import { compareStrings } from '../../order/code-unit-order.js';
import { derefSchema, flattenProperties, schemaIndex } from '../schema-lookup.js';
import type { ApiIR, CanonicalStatusIR, ErrorModelIR, SchemaIR } from '../types.js';

/** VoIPBIN's canonical statuses and their HTTP codes (restful_api.txt, "Status to HTTP Mapping"). */
const KNOWN_HTTP: Record<string, number> = {
  INVALID_ARGUMENT: 400,
  UNAUTHENTICATED: 401,
  PAYMENT_REQUIRED: 402,
  PERMISSION_DENIED: 403,
  NOT_FOUND: 404,
  ALREADY_EXISTS: 409,
  FAILED_PRECONDITION: 409,
  RESOURCE_EXHAUSTED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

/**
 * Finds the error envelope: the schema most 4xx/5xx responses return, shaped
 * `{ <container>: { status, reason, message, request_id, details? } }`, and
 * the canonical statuses its `status` enum declares.
 */
export function detectErrorEnvelope(ir: ApiIR): ApiIR {
  const index = schemaIndex(ir);
  const votes = new Map<string, number>();
  for (const operation of ir.operations) {
    for (const response of operation.responses) {
      const code = Number(response.status);
      if (!(code >= 400) || response.schema?.kind !== 'ref') continue;
      votes.set(response.schema.target, (votes.get(response.schema.target) ?? 0) + 1);
    }
  }
  const candidates = [...votes.entries()].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]));
  for (const [pointer] of candidates) {
    const named = index.get(pointer);
    if (!named) continue;
    const model = envelopeModel(index, named.schema);
    if (model) return { ...ir, errors: { ...ir.errors, ...model, envelope: pointer } };
  }
  return ir;
}

function envelopeModel(index: ReturnType<typeof schemaIndex>, schema: SchemaIR): Omit<ErrorModelIR, 'reasons'> | undefined {
  for (const container of flattenProperties(index, schema)) {
    const inner = flattenProperties(index, container.schema);
    const field = (name: string) => inner.find((property) => property.name === name);
    const status = field('status');
    const reason = field('reason');
    const message = field('message');
    const requestId = field('request_id');
    if (!status || !reason || !message || !requestId) continue;
    const details = field('details');
    const statusSchema = derefSchema(index, status.schema);
    const statuses: CanonicalStatusIR[] =
      statusSchema.kind === 'enum'
        ? statusSchema.members.map((member) => String(member.value)).map((name) => (KNOWN_HTTP[name] ? { status: name, http: KNOWN_HTTP[name] } : { status: name }))
        : [];
    return {
      fields: { container: container.name, status: 'status', reason: 'reason', message: 'message', requestId: 'request_id', ...(details ? { details: 'details' } : {}) },
      statuses,
    };
  }
  return undefined;
}
