import type { NamingHooks } from '../../config/hooks.js';
import type { NamedSchemaIR, OperationIR, ParameterIR, SchemaIR } from '../../ir/types.js';
import { flattenProperties } from '../../ir/schema-lookup.js';
import { OBJECT_MEMBERS, safeIdentifier, uniqueName } from '../naming/identifiers.js';
import { docBlock, docText } from '../naming/js-doc.js';
import { propertyAccess, propertyKey, stringLiteral } from '../naming/literals.js';
import { jsDoc, structures, type MethodDecl, type Statement } from '../ts/index.js';
import { inlineDoc, propertyDoc, typeExpression, type TypeContext } from '../types/type-expression.js';
import type { OperationValidators } from '../zod/validators.js';
import { reasonAliasDoc, reasonRemarks } from '../errors/method-remarks.js';
import type { ReasonContext } from '../errors/reason-context.js';
import { errorClassFor } from './error-classes.js';
import { operationInputs, type ParamField } from './operation-inputs.js';

/** Everything one operation contributes to its resource file. */
export interface OperationCode {
  method: MethodDecl;
  /** Params and response type declarations that sit beside the resource. */
  declarations: Statement[];
  /** Runtime names the method uses (`PagePromise`, `encodePathParam`…). */
  runtime: Set<string>;
  /** The operation's error-reason type (`CallsHangupErrorReason`), when the API has a reason catalog. */
  reasonType?: string;
}

export interface OperationNaming {
  methodName: string;
  /** Prefix for the operation's own type names, e.g. `CallsCreate`. */
  typePrefix: string;
  /** Type names already taken in the SDK, shared by every file. */
  takenTypes: Set<string>;
  /** How the code reaches the ClientCore: `this.#core` in a resource class (default), `client` in a standalone function. */
  core?: string;
  /** Checks from `validation/operations.ts` the runtime runs on this operation's body and answer. */
  validators?: OperationValidators;
  /** The method's path on the client, `calls.hangup`: errors carry it as `operation`. */
  key: string;
  /** The reason catalog, when the API has one. */
  reasons?: ReasonContext | undefined;
}

/** The method of one operation, with its params object and response type. */
export function operationCode(
  operation: OperationIR,
  naming: OperationNaming,
  ctx: { request: TypeContext; response: TypeContext; index: ReadonlyMap<string, NamedSchemaIR>; hooks?: NamingHooks },
): OperationCode {
  const core = naming.core ?? 'this.#core';
  const runtime = new Set<string>(['RequestOptions']);
  const declarations: Statement[] = [];
  const { pathParams, fields, bodySpread, bodyKey } = operationInputs(operation, ctx.index, ctx.hooks);
  const body = operation.body;
  const paramsName = uniqueName(`${naming.typePrefix}Params`, naming.takenTypes);
  const hasParams = fields.length > 0 || body !== undefined;
  const bodyHasRequired = bodySpread && body ? flattenProperties(ctx.index, body.schema).some((property) => property.required) : false;
  const paramsRequired = fields.some((field) => field.parameter.required) || (body?.required ?? false) || bodyHasRequired;
  if (hasParams) declarations.push(paramsDeclaration(paramsName, operation, fields, bodyKey, ctx));

  const { returnType, responseDecl } = operation.pagination ? { returnType: '' } : responseType(operation, naming, ctx);
  if (responseDecl) declarations.push(responseDecl);

  const parameters = [
    ...pathParams.map(({ name, parameter }) => ({ name, type: typeExpression(parameter.schema, ctx.request) === 'number' ? 'number' : 'string' })),
    ...(hasParams ? [{ name: 'params', type: paramsName, ...(paramsRequired ? {} : { initializer: emptyParams(paramsName, bodySpread && body ? flattenProperties(ctx.index, body.schema) : []) }) }] : []),
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
  const spec: string[] = [`operation: ${stringLiteral(naming.key)}`, `method: ${stringLiteral(operation.method)}`, `path: ${pathExpression(operation.path, pathParams, runtime)}`];
  if (queryFields.length > 0) spec.push(`query: { ${queryFields.map((field) => `${propertyKey(field.parameter.name)}: ${read(field)}`).join(', ')} }`);
  const styles = queryFields.flatMap((field) => queryStyle(field.parameter));
  if (styles.length > 0) spec.push(`queryStyles: { ${styles.join(', ')} }`);
  if (headerFields.length > 0) spec.push(`headers: { ${headerFields.map((field) => `${propertyKey(field.parameter.name)}: ${headerValue(field, read(field))}`).join(', ')} }`);
  if (body) {
    const value = bodySpread ? (fields.length > 0 ? 'body' : 'params') : propertyAccess('params', bodyKey as string);
    // An optional body the caller leaves out is `undefined`, which the runtime sends as no body, whatever its kind.
    spec.push(`body: ${bodyExpression(body.encoding, body.contentType, value)}`);
  }
  spec.push(`response: ${stringLiteral(responseKind(operation))}`);
  const checks = validatorEntries(naming.validators);
  if (checks.length > 0) spec.push(`validate: { ${checks.join(', ')} }`);
  const specText = `{ ${spec.join(', ')} }`;
  const reasonType = naming.reasons ? reasonAlias(operation, naming, naming.reasons, declarations) : undefined;
  // The call names the reason type too: tsc relates ApiPromise<T, string> to ApiPromise<T, Reason> structurally, per call.
  const reasonArgument = reasonType ? `, ${reasonType}` : '';
  const typeArguments = `${operation.pagination ? typeExpression(operation.pagination.item, ctx.response) : returnType}${reasonArgument}`;
  if (operation.pagination) {
    runtime.add('PagePromise');
    const config = `{ itemsField: ${stringLiteral(operation.pagination.itemsField)}, nextField: ${stringLiteral(operation.pagination.nextField)}, tokenParam: ${stringLiteral(operation.pagination.tokenParam)} }`;
    statements.push(`return ${core}.requestPage<${typeArguments}>(${specText}, options, ${config});`);
  } else {
    runtime.add('ApiPromise');
    statements.push(`return ${core}.request<${typeArguments}>(${specText}, options);`);
  }
  const methodReturn = `${operation.pagination ? 'PagePromise' : 'ApiPromise'}<${typeArguments}>`;
  const docs = jsDoc(methodDoc(operation, pathParams, naming.reasons));
  return {
    method: { name: naming.methodName, parameters, returnType: methodReturn, statements, ...(docs ? { docs } : {}) },
    declarations,
    runtime,
    ...(reasonType ? { reasonType } : {}),
  };
}

/** `export type CallsHangupErrorReason = OperationErrorReasons['calls.hangup'];` beside the method's other types. */
function reasonAlias(operation: OperationIR, naming: OperationNaming, reasons: ReasonContext, declarations: Statement[]): string {
  const name = uniqueName(`${naming.typePrefix}ErrorReason`, naming.takenTypes);
  const type = `${reasons.names.operations}[${stringLiteral(naming.key)}]`;
  declarations.push(structures.typeAlias({ name, isExported: true, type, docs: [{ description: reasonAliasDoc(operation, naming.key, reasons) }] }));
  return name;
}

function validatorEntries(validators: OperationValidators | undefined): string[] {
  return (['request', 'response'] as const).flatMap((direction) => (validators?.[direction] ? [`${direction}: ${validators[direction]}`] : []));
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
  if (responseKind(operation) === 'redirect') return { returnType: 'string' };
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

/** The default for optional params: `{}`, asserted when a body property (a wire name) is also an inherited member such as `toString`, which `{}` would bring. */
function emptyParams(paramsName: string, bodyProperties: { name: string }[]): string {
  return bodyProperties.some((property) => OBJECT_MEMBERS.includes(property.name)) ? `{} as ${paramsName}` : '{}';
}

/** How the runtime reads the answer; a 3xx answer is a redirect whose target the method returns. */
function responseKind(operation: OperationIR): string {
  const success = operation.success;
  if (success && /^3\d\d$/.test(success.status)) return 'redirect';
  return success?.kind ?? 'empty';
}

function pathExpression(path: string, pathParams: { name: string; parameter: ParameterIR }[], runtime: Set<string>): string {
  if (pathParams.length === 0) return stringLiteral(path);
  runtime.add('encodePathParam');
  const parts = path.split(/(\{[^}]+\})/).filter((part) => part !== '');
  const pieces = parts.map((part) => {
    const match = /^\{([^}]+)\}$/.exec(part);
    const argument = match ? pathParams.find((p) => p.parameter.name === match[1]) : undefined;
    return argument ? `\${encodePathParam(${argument.name})}` : templateText(part);
  });
  return `\`${pieces.join('')}\``;
}

/**
 * Literal text inside a template literal: backticks, backslashes and `$` escaped, and control and line-separator
 * characters as escapes (a raw CR would read as LF, and prettier turns it into a line break).
 */
function templateText(text: string): string {
  return text
    .replace(/[`\\$]/g, (c) => `\\${c}`)
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * `name: { style: 'pipeDelimited' }` for a query parameter not serialised as `form` with `explode`, else nothing.
 * Query parameters are a record by name, which TypeScript checks faster than a list of `{ name, value }` objects.
 */
function queryStyle(parameter: ParameterIR): string[] {
  const entries: string[] = [];
  if (parameter.style !== 'form') entries.push(`style: ${stringLiteral(parameter.style)}`);
  if (parameter.explode !== (parameter.style === 'form')) entries.push(`explode: ${parameter.explode}`);
  return entries.length > 0 ? [`${propertyKey(parameter.name)}: { ${entries.join(', ')} }`] : [];
}

function headerValue(field: ParamField, value: string): string {
  return field.parameter.schema.kind === 'primitive' && field.parameter.schema.type === 'string' ? value : `${value} === undefined ? undefined : String(${value})`;
}

function bodyExpression(encoding: string, contentType: string, value: string): string {
  if (encoding === 'binary' || encoding === 'text') return `{ kind: ${stringLiteral(encoding)}, value: ${value}, contentType: ${stringLiteral(contentType)} }`;
  return `{ kind: ${stringLiteral(encoding)}, value: ${value} }`;
}

function methodDoc(operation: OperationIR, pathParams: { name: string; parameter: ParameterIR }[], reasons: ReasonContext | undefined): string | undefined {
  const throwsLines = operation.errorStatuses.map((status) => `@throws {${errorClassFor(status)}} ${status}${describeStatus(operation, status)}`);
  return docBlock([
    operation.summary !== undefined && docText(operation.summary),
    operation.description !== undefined && operation.description !== operation.summary && `\n${docText(operation.description)}`,
    `\n\`${operation.method.toUpperCase()} ${docText(operation.path)}\``,
    ...pathParams.map(({ name, parameter }) => `@param ${name} ${parameter.description ? docText(parameter.description) : `The \`${docText(parameter.name)}\` path parameter.`}`),
    responseKind(operation) === 'redirect' && `@returns The URL the API redirects to (${operation.success?.status}); the redirect is not followed.`,
    ...throwsLines,
    reasons ? reasonRemarks(operation, reasons) : operation.reasons.length > 0 && `@remarks Error reasons: ${operation.reasons.map((reason) => `\`${docText(reason)}\``).join(', ')}.`,
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
