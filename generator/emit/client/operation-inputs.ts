import type { NamingHooks } from '../../config/hooks.js';
import type { NamedSchemaIR, OperationIR, ParameterIR, SchemaIR } from '../../ir/types.js';
import { hookedName } from '../naming/hooks.js';
import { derefSchema, flattenProperties } from '../../ir/schema-lookup.js';
import { memberName, pascalCase, safeIdentifier, uniqueName } from '../naming/identifiers.js';

/** A query or header parameter, under its key in the method's params object. */
export interface ParamField {
  key: string;
  parameter: ParameterIR;
}

/** How a method takes one operation's inputs: settled here, printed by operation-method.ts. */
export interface OperationInputs {
  /** Positional arguments, in path order. */
  pathParams: { name: string; parameter: ParameterIR }[];
  /** Query and header parameters as keys of the params object. */
  fields: ParamField[];
  /** The JSON/multipart object body's properties sit in the params object itself. */
  bodySpread: boolean;
  /** Otherwise the body is this key of the params object. */
  bodyKey: string | undefined;
}

/** The arguments of the method for `operation`; the `property` naming hook may rename them. */
export function operationInputs(operation: OperationIR, index: ReadonlyMap<string, NamedSchemaIR>, hooks?: NamingHooks): OperationInputs {
  const nameOf = (parameter: ParameterIR) =>
    hookedName(hooks, 'property', { name: memberName(parameter.name), wireName: parameter.name, in: parameter.in, operation: { method: operation.method, path: operation.path } }, 'member');
  const argNames = new Set<string>();
  const pathParams = operation.params.path.map((parameter) => ({ name: uniqueName(uniqueArg(nameOf(parameter)), argNames), parameter }));
  const queryLike = [...operation.params.query, ...operation.params.header];
  if (operation.pagination && !operation.params.query.some((p) => p.name === operation.pagination?.tokenParam)) {
    queryLike.push(syntheticTokenParam(operation));
  }
  const fieldKeys = new Set<string>();
  const fields: ParamField[] = queryLike.map((parameter) => ({ key: uniqueName(nameOf(parameter), fieldKeys), parameter }));

  const body = operation.body;
  const bodySpread = body !== undefined && body.encoding !== 'binary' && body.encoding !== 'text' && isObjectLike(body.schema, index);
  const bodyKey = body && !bodySpread ? uniqueName('body', fieldKeys) : undefined;
  if (body && bodySpread) for (const property of flattenProperties(index, body.schema)) if (fieldKeys.has(property.name)) renameClash(fields, property.name, fieldKeys);
  return { pathParams, fields, bodySpread, bodyKey };
}

/** Path parameter names become arguments: keep them off the method's own names. */
function uniqueArg(name: string): string {
  const safe = safeIdentifier(name);
  return ['params', 'options', 'body'].includes(safe) ? `${safe}Param` : safe;
}

function renameClash(fields: ParamField[], bodyName: string, taken: Set<string>): void {
  const field = fields.find((candidate) => candidate.key === bodyName);
  if (field) field.key = uniqueName(`${field.key}${pascalCase(field.parameter.in)}`, taken);
}

function syntheticTokenParam(operation: OperationIR): ParameterIR {
  const name = operation.pagination?.tokenParam as string;
  return {
    pointer: operation.pointer,
    name,
    in: 'query',
    required: false,
    description: 'Cursor for the next page: the `next_page_token` of the previous page.',
    schema: { kind: 'primitive', type: 'string', pointer: operation.pointer },
    style: 'form',
    explode: true,
  };
}

export function isObjectLike(schema: SchemaIR, index: ReadonlyMap<string, NamedSchemaIR>): boolean {
  const target = derefSchema(index, schema);
  if (target.nullable) return false;
  if (target.kind === 'object') return true;
  return target.kind === 'intersection' && target.parts.every((part) => isObjectLike(part, index));
}
