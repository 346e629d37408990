import type { NamedSchemaIR, OperationIR, ParameterIR, SchemaIR } from '../ir/types.js';
import { derefSchema } from '../ir/schema-lookup.js';
import { validateValue, type ValidationIssue } from '../mocks/validate.js';

export interface CheckedRequest {
  /** The parsed JSON body, when the operation takes one. */
  body?: unknown;
  issues: ValidationIssue[];
  /** Why the request is unusable in a way VoIPBIN names with its own reason. */
  problem?: 'invalid-json' | 'missing-parameter';
}

type Index = Map<string, NamedSchemaIR>;

/** A query or path string as the JSON value its schema expects (`"5"` → 5, `"true"` → true, `a,b` → ["a","b"]). */
function coerce(index: Index, schema: SchemaIR, raw: string[]): unknown {
  const target = derefSchema(index, schema);
  if (target.kind === 'array') {
    const parts = raw.length === 1 ? (raw[0] as string).split(',') : raw;
    return parts.map((part) => coerce(index, target.items, [part]));
  }
  const text = raw[raw.length - 1] as string;
  const type = target.kind === 'primitive' || target.kind === 'enum' ? target.type : undefined;
  if ((type === 'integer' || type === 'number') && text.trim() !== '' && !Number.isNaN(Number(text))) return Number(text);
  if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

function checkParameters(index: Index, params: ParameterIR[], read: (name: string) => string[], where: string): ValidationIssue[] {
  return params.flatMap((param) => {
    const raw = read(param.name);
    if (raw.length === 0) return param.required ? [{ field: param.name, message: `is a required ${where} parameter` }] : [];
    return validateValue(index, param.schema, coerce(index, param.schema, raw), { direction: 'request' }, param.name);
  });
}

/** Validates a request against its operation: path and query parameters, and a JSON body. */
export function checkRequest(index: Index, operation: OperationIR, request: { pathParams: Record<string, string>; query: URLSearchParams; body: string }): CheckedRequest {
  const issues = [
    ...checkParameters(index, operation.params.path, (name) => (request.pathParams[name] === undefined ? [] : [request.pathParams[name] as string]), 'path'),
    ...checkParameters(index, operation.params.query, (name) => request.query.getAll(name), 'query'),
  ];
  const spec = operation.body;
  if (!spec || spec.encoding !== 'json') return finish(issues);
  if (request.body.trim() === '') {
    if (spec.required) issues.push({ field: '', message: 'a JSON request body is required' });
    return finish(issues);
  }
  let body: unknown;
  try {
    body = JSON.parse(request.body);
  } catch (error) {
    return { issues: [{ field: '', message: `the body is not valid JSON: ${(error as Error).message}` }], problem: 'invalid-json' };
  }
  issues.push(...validateValue(index, spec.schema, body, { direction: 'request' }));
  return { ...finish(issues), body };
}

function finish(issues: ValidationIssue[]): CheckedRequest {
  const missing = issues.some((issue) => /is (a )?required/.test(issue.message));
  return missing ? { issues, problem: 'missing-parameter' } : { issues };
}
