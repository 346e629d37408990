import { compareStrings } from '../../order/code-unit-order.js';
import { nameKey } from '../name-key.js';
import type { HttpMethod, OperationIR, ParameterIR, ResponseIR } from '../types.js';
import { child, describe, isObject, report, stringOrUndefined, type BuildContext, type RawObject } from './context.js';
import { buildParameter } from './parameter.js';
import { buildRequestBody } from './request-body.js';
import { buildResponse } from './response.js';

export const HTTP_METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/**
 * Operation Object → OperationIR. Naming, resources, pagination and reasons
 * are left for the passes; `rawName` starts as the operationId or empty.
 */
export function buildOperation(
  ctx: BuildContext,
  path: string,
  method: HttpMethod,
  pathItem: RawObject,
  pathItemPointer: string,
  defaultSecurity: string[],
): OperationIR {
  const raw = pathItem[method] as RawObject;
  const pointer = child('#/paths', path, method);
  const params = mergeParameters(ctx, pathItem, pathItemPointer, raw, pointer);
  checkPathParameters(ctx, path, params.path, pointer);
  reportNameCollisions(ctx, params.path);
  reportNameCollisions(ctx, [...params.query, ...params.header]);
  const responses = buildResponses(ctx, raw.responses, pointer);
  const operationId = stringOrUndefined(raw.operationId);
  const operation: OperationIR = {
    pointer,
    method,
    path,
    rawName: operationId ?? '',
    resource: [],
    tags: Array.isArray(raw.tags) ? raw.tags.filter((tag): tag is string => typeof tag === 'string') : [],
    params,
    responses,
    errorStatuses: responses
      .map((response) => Number(response.status))
      .filter((status) => Number.isInteger(status) && status >= 400)
      .sort((a, b) => a - b),
    security: operationSecurity(raw.security, defaultSecurity),
    reasons: [],
  };
  const success = pickSuccess(responses);
  if (success) operation.success = success;
  if (operationId !== undefined) operation.operationId = operationId;
  const summary = stringOrUndefined(raw.summary);
  const description = stringOrUndefined(raw.description);
  if (summary !== undefined) operation.summary = summary;
  if (description !== undefined) operation.description = description;
  if (raw.deprecated === true) operation.deprecated = true;
  if (raw.requestBody !== undefined) {
    const body = buildRequestBody(ctx, raw.requestBody, child(pointer, 'requestBody'));
    if (body) operation.body = body;
  }
  return operation;
}

function mergeParameters(ctx: BuildContext, pathItem: RawObject, pathItemPointer: string, raw: RawObject, pointer: string) {
  const byKey = new Map<string, ParameterIR>();
  const add = (list: unknown, listPointer: string) => {
    if (list === undefined) return;
    if (!Array.isArray(list)) {
      report(ctx, 'error', 'parameters-invalid', listPointer, `"parameters" at ${listPointer} must be an array.`);
      return;
    }
    const seenHere = new Set<string>();
    list.forEach((item, index) => {
      const parameter = buildParameter(ctx, item, child(listPointer, index));
      if (!parameter) return;
      const key = `${parameter.in}:${parameter.name}`;
      if (seenHere.has(key)) {
        report(ctx, 'error', 'parameter-duplicate', child(listPointer, index), `Parameter "${parameter.name}" in ${parameter.in} is declared twice at ${listPointer}; remove one.`);
        return;
      }
      seenHere.add(key);
      byKey.set(key, parameter);
    });
  };
  add(pathItem.parameters, child(pathItemPointer, 'parameters'));
  add(raw.parameters, child(pointer, 'parameters'));
  const all = [...byKey.values()];
  const pick = (where: ParameterIR['in']) => all.filter((parameter) => parameter.in === where);
  return { path: pick('path'), query: pick('query'), header: pick('header'), cookie: pick('cookie') };
}

/** Parameters that share a method argument or a params object and sanitise to one name (`page-size`, `pageSize`): emit/naming suffixes the later ones. */
function reportNameCollisions(ctx: BuildContext, parameters: ParameterIR[]): void {
  const first = new Map<string, ParameterIR>();
  for (const parameter of parameters) {
    const earlier = first.get(nameKey(parameter.name));
    if (!earlier) first.set(nameKey(parameter.name), parameter);
    else {
      report(ctx, 'warning', 'parameter-name-collision', parameter.pointer, `Parameters "${earlier.name}" (${earlier.in}) and "${parameter.name}" (${parameter.in}) have the same name in the SDK once sanitised; the second gets a numeric suffix.`);
    }
  }
}

function checkPathParameters(ctx: BuildContext, path: string, declared: ParameterIR[], pointer: string): void {
  const inPath = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string);
  const declaredNames = new Set(declared.map((parameter) => parameter.name));
  for (const name of inPath) {
    if (!declaredNames.has(name)) {
      report(ctx, 'error', 'path-parameter-undeclared', pointer, `Path "${path}" has {${name}} but the operation at ${pointer} declares no path parameter "${name}". Add it to "parameters" with in: path.`);
    }
  }
  for (const parameter of declared) {
    if (!inPath.includes(parameter.name)) {
      report(ctx, 'error', 'path-parameter-unused', parameter.pointer, `Path parameter "${parameter.name}" (${parameter.pointer}) does not appear in the path "${path}". Remove it or fix the path template.`);
    }
  }
}

function buildResponses(ctx: BuildContext, raw: unknown, pointer: string): ResponseIR[] {
  const at = child(pointer, 'responses');
  if (raw !== undefined && !isObject(raw)) {
    report(ctx, 'error', 'expected-object', at, `"responses" at ${at} must map status codes to responses, found ${describe(raw)}. Fix the spec there.`);
    return [];
  }
  if (!isObject(raw)) {
    report(ctx, 'warning', 'responses-missing', at, `Operation at ${pointer} has no "responses"; it is generated returning nothing.`);
    return [];
  }
  const responses: ResponseIR[] = [];
  for (const status of Object.keys(raw).sort()) {
    if (status.startsWith('x-')) continue;
    const response = buildResponse(ctx, status, raw[status], child(at, status));
    if (response) responses.push(response);
  }
  return responses;
}

/** The response the SDK returns: the lowest 2xx, else the lowest 3xx (fetch follows the redirect), else `default`. */
function pickSuccess(responses: ResponseIR[]): ResponseIR | undefined {
  const byRange = (first: string) => responses.filter((response) => response.status.startsWith(first)).sort((a, b) => compareStrings(a.status, b.status))[0];
  const redirect = byRange('3');
  if (byRange('2')) return byRange('2');
  if (redirect) return { ...redirect, kind: 'binary' };
  return responses.find((response) => response.status === 'default' && response.kind !== 'empty');
}

function operationSecurity(raw: unknown, fallback: string[]): string[] {
  if (!Array.isArray(raw)) return fallback;
  const names = new Set<string>();
  for (const requirement of raw) if (isObject(requirement)) for (const name of Object.keys(requirement)) names.add(name);
  return [...names].sort();
}
