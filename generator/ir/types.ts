/**
 * The intermediate representation: plain data, no functions, no code strings.
 * Everything an emitter knows about the API comes from here. Names stay raw
 * (as the spec spells them); emit/naming decides identifiers.
 */

/** JSON pointer into the bundled spec, e.g. `#/components/schemas/Call`. */
export type Pointer = string;

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options' | 'trace';

export interface ApiIR {
  meta: MetaIR;
  servers: ServerIR[];
  auth: AuthSchemeIR[];
  /** Component schemas and hoisted inline ones, sorted by name. */
  schemas: NamedSchemaIR[];
  /** Sorted by path, then method. */
  operations: OperationIR[];
  /** Top-level resources; each nests its children. Sorted by name. */
  resources: ResourceIR[];
  errors: ErrorModelIR;
}

export interface MetaIR {
  title: string;
  version: string;
  description?: string;
  openapi: '3.0' | '3.1';
  /** sha256 of the canonical (key-sorted) bundled spec, hex. */
  specHash: string;
}

export interface ServerIR {
  url: string;
  description?: string;
  variables: { name: string; default: string; enum?: string[]; description?: string }[];
}

export type AuthSchemeIR =
  | { kind: 'bearer'; name: string; format?: string; pointer?: Pointer; description?: string }
  | { kind: 'apiKey'; name: string; in: 'query' | 'header' | 'cookie'; paramName: string; pointer?: Pointer; description?: string }
  | { kind: 'basic'; name: string; pointer?: Pointer; description?: string }
  | { kind: 'oauth2' | 'openIdConnect'; name: string; pointer?: Pointer; description?: string };

/** Documentation and validation facets shared by every schema node. */
export interface SchemaDocs {
  pointer: Pointer;
  title?: string;
  description?: string;
  deprecated?: boolean;
  /** `nullable: true` (3.0) or `null` in a 3.1 type array. */
  nullable?: boolean;
  readOnly?: boolean;
  writeOnly?: boolean;
  example?: unknown;
  default?: unknown;
  constraints?: SchemaConstraints;
}

export interface SchemaConstraints {
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  multipleOf?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minProperties?: number;
  maxProperties?: number;
}

export type PrimitiveType = 'string' | 'number' | 'integer' | 'boolean' | 'null';
export type LiteralValue = string | number | boolean | null;

export type SchemaIR =
  | (SchemaDocs & { kind: 'ref'; target: Pointer })
  | (SchemaDocs & { kind: 'primitive'; type: PrimitiveType; format?: string })
  | (SchemaDocs & { kind: 'literal'; value: LiteralValue })
  | (SchemaDocs & { kind: 'enum'; type: Exclude<PrimitiveType, 'null'>; members: EnumMemberIR[] })
  | (SchemaDocs & { kind: 'array'; items: SchemaIR })
  | (SchemaDocs & { kind: 'object'; properties: PropertyIR[]; additional: SchemaIR | boolean })
  | (SchemaDocs & { kind: 'union'; variants: SchemaIR[]; discriminator?: DiscriminatorIR })
  | (SchemaDocs & { kind: 'intersection'; parts: SchemaIR[] })
  | (SchemaDocs & { kind: 'unknown'; reason?: string });

export type SchemaKind = SchemaIR['kind'];

export interface EnumMemberIR {
  value: LiteralValue;
  /** From `x-enum-varnames` (or similar), when the spec names members. */
  name?: string;
  description?: string;
}

export interface PropertyIR {
  /** The wire name, exactly as in the spec. */
  name: string;
  required: boolean;
  schema: SchemaIR;
}

export interface DiscriminatorIR {
  propertyName: string;
  mapping: { value: string; target: Pointer }[];
}

export interface NamedSchemaIR {
  /** Raw name: the component key, or a derived name for hoisted inline schemas. */
  name: string;
  pointer: Pointer;
  origin: 'component' | 'hoisted';
  schema: SchemaIR;
}

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface ParameterIR {
  pointer: Pointer;
  name: string;
  in: ParameterLocation;
  required: boolean;
  description?: string;
  deprecated?: boolean;
  schema: SchemaIR;
  /** Serialisation, with OpenAPI defaults filled in. */
  style: 'form' | 'simple' | 'label' | 'matrix' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  explode: boolean;
  example?: unknown;
}

export type BodyEncoding = 'json' | 'multipart' | 'form' | 'binary' | 'text';

export interface RequestBodyIR {
  pointer: Pointer;
  required: boolean;
  description?: string;
  /** The media type the SDK sends (JSON preferred), and what it means for encoding. */
  contentType: string;
  encoding: BodyEncoding;
  schema: SchemaIR;
  /** Every media type the spec lists, for docs and diagnostics. */
  contentTypes: string[];
}

export type ResponseKind = 'json' | 'binary' | 'text' | 'empty';

export interface ResponseIR {
  pointer: Pointer;
  /** HTTP status as written: `200`, `4XX`, `default`. */
  status: string;
  description?: string;
  kind: ResponseKind;
  contentType?: string;
  schema?: SchemaIR;
  headers: { name: string; description?: string; schema: SchemaIR }[];
}

export interface PaginationIR {
  tokenParam: string;
  sizeParam?: string;
  itemsField: string;
  nextField: string;
  item: SchemaIR;
}

export interface OperationIR {
  pointer: Pointer;
  method: HttpMethod;
  path: string;
  operationId?: string;
  /** Name of the method in its resource, raw (snake/camel as derived): `list`, `hangup`, `recording_start`. */
  rawName: string;
  /** Resource path from the root, raw segments: `['service_agents', 'calls']`. */
  resource: string[];
  summary?: string;
  description?: string;
  deprecated?: boolean;
  tags: string[];
  params: { path: ParameterIR[]; query: ParameterIR[]; header: ParameterIR[]; cookie: ParameterIR[] };
  body?: RequestBodyIR;
  responses: ResponseIR[];
  /** The 2xx (or 3xx) response the SDK returns, if any. */
  success?: ResponseIR;
  pagination?: PaginationIR;
  /** HTTP statuses (as numbers) of documented 4xx/5xx responses, sorted. */
  errorStatuses: number[];
  /** Names of auth schemes that apply; empty means none required. */
  security: string[];
  /** Error reasons this operation can raise (filled by the reasons pass), sorted. */
  reasons: string[];
}

export interface ResourceIR {
  /** Raw segment name, e.g. `service_agents`. */
  name: string;
  /** Full raw path from the root, e.g. `['service_agents', 'calls']`. */
  path: string[];
  /** Pointers of the operations that belong directly to this resource, in operation order. */
  operations: Pointer[];
  children: ResourceIR[];
}

export interface CanonicalStatusIR {
  /** `NOT_FOUND`, `INVALID_ARGUMENT`… */
  status: string;
  /** Default HTTP code for this status, when known. */
  http?: number;
}

export interface ErrorReasonIR {
  reason: string;
  http: number;
  /** Canonical status from the catalog or derived from `http`. */
  status: string;
  group: string;
  description: string;
  fix?: string;
  /** Whether sending the request again may succeed, when the catalog says so; else emit/errors derives it from `http` and the name. */
  retryable?: boolean;
  /** Endpoint patterns from the source, e.g. `POST /calls/{id}/hangup`, `/calls/{id}*`, or `*` for every operation. */
  appliesTo: string[];
  /** Pointers of the operations it applies to (filled by the scoping pass), sorted. */
  operations: Pointer[];
  source: { file?: string; line?: number; pointer?: Pointer };
}

export interface ErrorModelIR {
  /** Pointer of the schema of the error envelope (`{ error: { status, reason, message, request_id } }`), if found. */
  envelope?: Pointer;
  /** Field names inside the envelope, when detected. */
  fields?: { container: string; status: string; reason: string; message: string; requestId: string; details?: string };
  statuses: CanonicalStatusIR[];
  reasons: ErrorReasonIR[];
}
