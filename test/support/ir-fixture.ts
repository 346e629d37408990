/**
 * Small builders for IR objects in unit tests: each returns a minimal valid
 * object, and `overrides` replace any field. Pointers are derived the way
 * the builder derives them (`#/paths/~1calls~1{id}/get`), so tests can
 * compare against them.
 */
import type {
  ApiIR,
  HttpMethod,
  NamedSchemaIR,
  OperationIR,
  ParameterIR,
  ParameterLocation,
  PropertyIR,
  ResponseIR,
  SchemaIR,
} from '../../generator/ir/types.js';

export function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** `#/paths/~1calls/get` for `GET /calls`. */
export function operationPointer(method: HttpMethod, path: string): string {
  return `#/paths/${escapeToken(path)}/${method}`;
}

export function componentPointer(name: string): string {
  return `#/components/schemas/${escapeToken(name)}`;
}

// ─── schemas ────────────────────────────────────────────────────────────────

type Overrides<K extends SchemaIR['kind']> = Partial<Extract<SchemaIR, { kind: K }>>;

export const schema = {
  ref(target: string, overrides: Overrides<'ref'> = {}): SchemaIR {
    const full = target.startsWith('#') ? target : componentPointer(target);
    return { kind: 'ref', pointer: '#/test/ref', target: full, ...overrides } as SchemaIR;
  },
  string(overrides: Overrides<'primitive'> = {}): SchemaIR {
    return { kind: 'primitive', pointer: '#/test/string', type: 'string', ...overrides } as SchemaIR;
  },
  integer(overrides: Overrides<'primitive'> = {}): SchemaIR {
    return { kind: 'primitive', pointer: '#/test/integer', type: 'integer', ...overrides } as SchemaIR;
  },
  array(items: SchemaIR, overrides: Overrides<'array'> = {}): SchemaIR {
    return { kind: 'array', pointer: '#/test/array', items, ...overrides } as SchemaIR;
  },
  /** An object; a property name ending in `?` is optional, others are required. */
  object(properties: Record<string, SchemaIR> = {}, overrides: Overrides<'object'> = {}): SchemaIR {
    const list: PropertyIR[] = Object.entries(properties).map(([key, value]) => ({
      name: key.replace(/\?$/, ''),
      required: !key.endsWith('?'),
      schema: value,
    }));
    return { kind: 'object', pointer: '#/test/object', properties: list, additional: false, ...overrides } as SchemaIR;
  },
  intersection(parts: SchemaIR[], overrides: Overrides<'intersection'> = {}): SchemaIR {
    return { kind: 'intersection', pointer: '#/test/intersection', parts, ...overrides } as SchemaIR;
  },
  union(variants: SchemaIR[], overrides: Overrides<'union'> = {}): SchemaIR {
    return { kind: 'union', pointer: '#/test/union', variants, ...overrides } as SchemaIR;
  },
  enumOf(values: string[], overrides: Overrides<'enum'> = {}): SchemaIR {
    return { kind: 'enum', pointer: '#/test/enum', type: 'string', members: values.map((value) => ({ value })), ...overrides } as SchemaIR;
  },
  unknown(overrides: Overrides<'unknown'> = {}): SchemaIR {
    return { kind: 'unknown', pointer: '#/test/unknown', ...overrides } as SchemaIR;
  },
};

export function namedSchema(name: string, body: SchemaIR, overrides: Partial<NamedSchemaIR> = {}): NamedSchemaIR {
  return { name, pointer: componentPointer(name), origin: 'component', schema: body, ...overrides };
}

// ─── parameters and responses ───────────────────────────────────────────────

export function parameter(name: string, where: ParameterLocation = 'query', overrides: Partial<ParameterIR> = {}): ParameterIR {
  return {
    pointer: `#/test/parameters/${where}/${escapeToken(name)}`,
    name,
    in: where,
    required: where === 'path',
    schema: schema.string(),
    style: where === 'query' || where === 'cookie' ? 'form' : 'simple',
    explode: where === 'query' || where === 'cookie',
    ...overrides,
  };
}

export function response(status: string, overrides: Partial<ResponseIR> = {}): ResponseIR {
  return { pointer: `#/test/responses/${status}`, status, kind: 'empty', headers: [], description: 'test', ...overrides };
}

export function jsonResponse(status: string, body: SchemaIR, overrides: Partial<ResponseIR> = {}): ResponseIR {
  return response(status, { kind: 'json', contentType: 'application/json', schema: body, ...overrides });
}

// ─── operations and the API ─────────────────────────────────────────────────

export interface OperationOverrides extends Partial<Omit<OperationIR, 'params'>> {
  params?: Partial<OperationIR['params']>;
  /** A JSON 200 response with this schema, also used as `success`. */
  returns?: SchemaIR;
}

/**
 * An operation as the builder leaves it (before the passes): empty rawName
 * and resource, path parameters declared for every `{name}` in the path.
 */
export function operation(method: HttpMethod, path: string, overrides: OperationOverrides = {}): OperationIR {
  const { params, returns, ...rest } = overrides;
  const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => parameter(match[1] as string, 'path'));
  const success = returns ? jsonResponse('200', returns) : undefined;
  return {
    pointer: operationPointer(method, path),
    method,
    path,
    rawName: rest.operationId ?? '',
    resource: [],
    tags: [],
    params: { path: pathParams, query: [], header: [], cookie: [], ...params },
    responses: success ? [success] : [],
    ...(success ? { success } : {}),
    errorStatuses: [],
    security: [],
    reasons: [],
    ...rest,
  };
}

/** A minimal API: no servers, auth, resources or error model unless overridden. */
export function api(overrides: Partial<ApiIR> = {}): ApiIR {
  return {
    meta: { title: 'Test API', version: '1.0.0', openapi: '3.0', specHash: '0'.repeat(64) },
    servers: [],
    auth: [],
    schemas: [],
    operations: [],
    resources: [],
    errors: { statuses: [], reasons: [] },
    ...overrides,
  };
}

/** `GET /calls` style labels → the operation, for finding results in a pass's output. */
export function byLabel(operations: OperationIR[]): Map<string, OperationIR> {
  return new Map(operations.map((op) => [`${op.method.toUpperCase()} ${op.path}`, op]));
}

/** `resource.path.rawName` of an operation, e.g. `service_agents.calls.list`. */
export function sdkName(op: Pick<OperationIR, 'resource' | 'rawName'>): string {
  return [...op.resource, op.rawName].join('.');
}
