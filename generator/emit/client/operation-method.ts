import type { OperationIR, ParameterIR, SchemaIR } from '../../ir/types.js';
import { schemaIndex, flattenProperties, derefSchema } from '../../ir/schema-lookup.js';
import { memberName, OBJECT_MEMBERS, pascalCase, safeIdentifier, uniqueName } from '../naming/identifiers.js';
import { docBlock, docText } from '../naming/js-doc.js';
import { propertyAccess, propertyKey, stringLiteral } from '../naming/literals.js';
import { jsDoc, structures, type MethodDecl, type Statement } from '../ts/index.js';
import { inlineDoc, propertyDoc, typeExpression, type TypeContext } from '../types/type-expression.js';
import { errorClassFor } from './error-classes.js';

/** Everything one operation contributes to its resource file. */
export interface OperationCode {
  method: MethodDecl;
  /** Params and response type declarations that sit beside the resource. */
  declarations: Statement[];
  /** Runtime names the method uses (`PagePromise`, `encodePathParam`…). */
  runtime: Set<string>;
}

export interface OperationNaming {
  methodName: string;
  /** Prefix for the operation's own type names, e.g. `CallsCreate`. */
  typePrefix: string;
  /** Type names already taken in the SDK, shared by every file. */
  takenTypes: Set<string>;
}

interface ParamField {
  key: string;
  parameter: ParameterIR;
}

/** The method of one operation, with its params object and response type. */
export function operationCode(
  operation: OperationIR,
  naming: OperationNaming,
  ctx: { request: TypeContext; response: TypeContext; index: ReturnType<typeof schemaIndex> },
): OperationCode {
  const runtime = new Set<string>(['RequestOptions']);
  const declarations: Statement[] = [];
  const argNames = new Set<string>();
  const pathParams = operation.params.path.map((parameter) => ({ name: uniqueName(uniqueArg(memberName(parameter.name)), argNames), parameter }));
  const queryLike = [...operation.params.query, ...operation.params.header];
  if (operation.pagination && !operation.params.query.some((p) => p.name === operation.pagination?.tokenParam)) {
    queryLike.push(syntheticTokenParam(operation));
  }
  const fieldKeys = new Set<string>();
  const fields: ParamField[] = queryLike.map((parameter) => ({ key: uniqueName(memberName(parameter.name), fieldKeys), parameter }));

  const body = operation.body;
  const bodySpread = body && body.encoding !== 'binary' && body.encoding !== 'text' && isObjectLike(body.schema, ctx.index);
  const bodyKey = body && !bodySpread ? uniqueName('body', fieldKeys) : undefined;
  if (bodySpread) for (const property of flattenProperties(ctx.index, body.schema)) if (fieldKeys.has(property.name)) renameClash(fields, property.name, fieldKeys);

  const paramsName = uniqueName(`${naming.typePrefix}Params`, naming.takenTypes);
  const hasParams = fields.length > 0 || body !== undefined;
  const bodyHasRequired = bodySpread ? flattenProperties(ctx.index, body.schema).some((property) => property.required) : false;
  const paramsRequired = fields.some((field) => field.parameter.required) || (body?.required ?? false) || bodyHasRequired;
  if (hasParams) declarations.push(paramsDeclaration(paramsName, operation, fields, bodyKey, ctx));

  const { returnType, responseDecl } = operation.pagination ? { returnType: '' } : responseType(operation, naming, ctx);
  if (responseDecl) declarations.push(responseDecl);

  const parameters = [
    ...pathParams.map(({ name, parameter }) => ({ name, type: typeExpression(parameter.schema, ctx.request) === 'number' ? 'number' : 'string' })),
    ...(hasParams ? [{ name: 'params', type: paramsName, ...(paramsRequired ? {} : { initializer: emptyParams(paramsName, bodySpread ? flattenProperties(ctx.index, body.schema) : []) }) }] : []),
    { name: 'options', type: 'RequestOptions', hasQuestionToken: true },
  ];

  const statements: string[] = [];
  const queryFields = fields.filter((field) => field.parameter.in === 'query');
  const headerFields = fields.filter((field) => field.parameter.in === 'header');
  const destructure = bodySpread && fields.length > 0;
  const locals = new Map<ParamField, string>();
  if (destructure) {
    const taken = new Set(['params', 'options', 'body', ...pathParams.map(({ name }) => name)]);
    for (const field of fields) locals.set(field, uniqueName(safeIdentifier(field.key), taken));
    const bindings = fields.map((field) => (locals.get(field) === field.key ? field.key : `${field.key}: ${locals.get(field)}`));
    statements.push(`const { ${bindings.join(', ')}, ...body } = params;`);
  }
  const read = (field: ParamField) => locals.get(field) ?? propertyAccess('params', field.key);
  const spec: string[] = [`method: ${stringLiteral(operation.method)}`, `path: ${pathExpression(operation.path, pathParams, runtime)}`];
  if (queryFields.length > 0) spec.push(`query: [${queryFields.map((field) => queryEntry(field, read(field))).join(', ')}]`);
  if (headerFields.length > 0) spec.push(`headers: { ${headerFields.map((field) => `${propertyKey(field.parameter.name)}: ${headerValue(field, read(field))}`).join(', ')} }`);
  if (body) {
    const value = bodySpread ? (fields.length > 0 ? 'body' : 'params') : propertyAccess('params', bodyKey as string);
    const entry = `body: ${bodyExpression(body.encoding, body.contentType, value)}`;
    // An optional raw body may be absent; JSON encodes `undefined` as no body by itself.
    spec.push(bodyKey && !body.required && body.encoding !== 'json' ? `...(${value} === undefined ? {} : { ${entry} })` : entry);
  }
  spec.push(`response: ${stringLiteral(operation.success?.kind ?? 'empty')}`);
  const specText = `{ ${spec.join(', ')} }`;
  if (operation.pagination) {
    runtime.add('PagePromise');
    const config = `{ itemsField: ${stringLiteral(operation.pagination.itemsField)}, nextField: ${stringLiteral(operation.pagination.nextField)}, tokenParam: ${stringLiteral(operation.pagination.tokenParam)} }`;
    statements.push(`return this.#core.requestPage<${typeExpression(operation.pagination.item, ctx.response)}>(${specText}, options, ${config});`);
  } else {
    runtime.add('ApiPromise');
    statements.push(`return this.#core.request<${returnType}>(${specText}, options);`);
  }

  const methodReturn = operation.pagination ? `PagePromise<${typeExpression(operation.pagination.item, ctx.response)}>` : `ApiPromise<${returnType}>`;
  const docs = jsDoc(methodDoc(operation, pathParams));
  return {
    method: { name: naming.methodName, parameters, returnType: methodReturn, statements, ...(docs ? { docs } : {}) },
    declarations,
    runtime,
  };
}

/** The default for optional params: `{}`, asserted when a body property (a wire name) is also an inherited member such as `toString`, which `{}` would bring. */
function emptyParams(paramsName: string, bodyProperties: { name: string }[]): string {
  return bodyProperties.some((property) => OBJECT_MEMBERS.includes(property.name)) ? `{} as ${paramsName}` : '{}';
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

function isObjectLike(schema: SchemaIR, index: ReturnType<typeof schemaIndex>): boolean {
  const target = derefSchema(index, schema);
  if (target.nullable) return false;
  if (target.kind === 'object') return true;
  return target.kind === 'intersection' && target.parts.every((part) => isObjectLike(part, index));
}

function paramsDeclaration(name: string, operation: OperationIR, fields: ParamField[], bodyKey: string | undefined, ctx: { request: TypeContext }): Statement {
  const members = fields.map(({ key, parameter }) => {
    const doc = docBlock([parameter.description !== undefined && docText(parameter.description), propertyDoc(withoutDescription(parameter.schema)), parameter.deprecated === true && '@deprecated']);
    return { name: propertyKey(key), hasQuestionToken: !parameter.required, type: typeExpression(parameter.schema, ctx.request), ...(doc ? { docs: [doc] } : {}) };
  });
  const body = operation.body;
  if (body && bodyKey) {
    const doc = body.description ? docText(body.description) : undefined;
    members.push({ name: bodyKey, hasQuestionToken: !body.required, type: typeExpression(body.schema, ctx.request), ...(doc ? { docs: [doc] } : {}) });
  }
  const docs = jsDoc(`Parameters of \`${operation.method.toUpperCase()} ${docText(operation.path)}\`.`);
  if (body && !bodyKey) {
    const bodyType = typeExpression(body.schema, ctx.request);
    if (members.length === 0) return structures.typeAlias({ name, isExported: true, type: bodyType, ...(docs ? { docs } : {}) });
    const own = `{\n${members.map((member) => `${member.docs ? inlineDoc(String(member.docs[0])) : ''}${member.name}${member.hasQuestionToken ? '?' : ''}: ${member.type};`).join('\n')}\n}`;
    return structures.typeAlias({ name, isExported: true, type: `${own} & ${bodyType}`, ...(docs ? { docs } : {}) });
  }
  return structures.interface({ name, isExported: true, properties: members, ...(docs ? { docs } : {}) });
}

function responseType(operation: OperationIR, naming: OperationNaming, ctx: { response: TypeContext }): { returnType: string; responseDecl?: Statement } {
  const success = operation.success;
  if (!success || success.kind === 'empty') return { returnType: 'void' };
  if (success.kind === 'binary') return { returnType: 'Blob' };
  if (success.kind === 'text') return { returnType: 'string' };
  if (!success.schema) return { returnType: 'unknown' };
  if (success.schema.kind === 'ref' || success.schema.kind === 'primitive' || success.schema.kind === 'unknown') {
    return { returnType: typeExpression(success.schema, ctx.response) };
  }
  const name = uniqueName(`${naming.typePrefix}Response`, naming.takenTypes);
  const docs = jsDoc(success.description ? docText(success.description) : undefined);
  return { returnType: name, responseDecl: structures.typeAlias({ name, isExported: true, type: typeExpression(success.schema, ctx.response), ...(docs ? { docs } : {}) }) };
}

function pathExpression(path: string, pathParams: { name: string; parameter: ParameterIR }[], runtime: Set<string>): string {
  if (pathParams.length === 0) return stringLiteral(path);
  runtime.add('encodePathParam');
  const parts = path.split(/(\{[^}]+\})/).filter((part) => part !== '');
  const pieces = parts.map((part) => {
    const match = /^\{([^}]+)\}$/.exec(part);
    const argument = match ? pathParams.find((p) => p.parameter.name === match[1]) : undefined;
    return argument ? `\${encodePathParam(${argument.name})}` : part.replace(/[`\\$]/g, (c) => `\\${c}`);
  });
  return `\`${pieces.join('')}\``;
}

function queryEntry(field: ParamField, value: string): string {
  const { parameter } = field;
  const entries = [`name: ${stringLiteral(parameter.name)}`, `value: ${value}`];
  if (parameter.style !== 'form') entries.push(`style: ${stringLiteral(parameter.style)}`);
  if (parameter.explode !== (parameter.style === 'form')) entries.push(`explode: ${parameter.explode}`);
  return `{ ${entries.join(', ')} }`;
}

function headerValue(field: ParamField, value: string): string {
  return field.parameter.schema.kind === 'primitive' && field.parameter.schema.type === 'string' ? value : `${value} === undefined ? undefined : String(${value})`;
}

function bodyExpression(encoding: string, contentType: string, value: string): string {
  if (encoding === 'binary' || encoding === 'text') return `{ kind: ${stringLiteral(encoding)}, value: ${value}, contentType: ${stringLiteral(contentType)} }`;
  return `{ kind: ${stringLiteral(encoding)}, value: ${value} }`;
}

function methodDoc(operation: OperationIR, pathParams: { name: string; parameter: ParameterIR }[]): string | undefined {
  const throwsLines = operation.errorStatuses.map((status) => `@throws {${errorClassFor(status)}} ${status}${describeStatus(operation, status)}`);
  return docBlock([
    operation.summary !== undefined && docText(operation.summary),
    operation.description !== undefined && operation.description !== operation.summary && `\n${docText(operation.description)}`,
    `\n\`${operation.method.toUpperCase()} ${docText(operation.path)}\``,
    ...pathParams.map(({ name, parameter }) => `@param ${name} ${parameter.description ? docText(parameter.description) : `The \`${docText(parameter.name)}\` path parameter.`}`),
    ...throwsLines,
    operation.reasons.length > 0 && `@remarks Error reasons: ${operation.reasons.map((reason) => `\`${docText(reason)}\``).join(', ')}.`,
    operation.deprecated === true && '@deprecated',
  ]);
}

function describeStatus(operation: OperationIR, status: number): string {
  const response = operation.responses.find((candidate) => Number(candidate.status) === status);
  return response?.description ? ` ${docText(response.description)}` : '';
}

function withoutDescription(schema: SchemaIR): SchemaIR {
  const { description: _omitted, ...rest } = schema;
  return rest as SchemaIR;
}
