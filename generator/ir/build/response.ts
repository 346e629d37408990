import type { ResponseIR } from '../types.js';
import { child, followRef, isObject, report, stringOrUndefined, type BuildContext } from './context.js';
import { preferredMediaType, responseKind } from './media-type.js';
import { buildSchema } from './schema.js';

/** Response Object (or a $ref to one) → ResponseIR. */
export function buildResponse(ctx: BuildContext, status: string, raw: unknown, pointer: string): ResponseIR | undefined {
  const found = followRef(ctx, raw, pointer);
  if (!found) return undefined;
  const { value } = found;
  const description = stringOrUndefined(value.description);
  if (description === undefined) {
    report(ctx, 'warning', 'response-missing-description', found.pointer, `Response ${status} at ${found.pointer} has no "description" (required by OpenAPI).`);
  }
  const response: ResponseIR = { pointer: found.pointer, status, kind: 'empty', headers: buildHeaders(ctx, value.headers, found.pointer) };
  if (description !== undefined) response.description = description;
  if (isObject(value.content) && Object.keys(value.content).length > 0) {
    const contentType = preferredMediaType(Object.keys(value.content).sort()) as string;
    const media = value.content[contentType];
    const rawSchema = isObject(media) ? media.schema : undefined;
    const format = isObject(rawSchema) ? stringOrUndefined(rawSchema.format) : undefined;
    response.contentType = contentType;
    response.kind = responseKind(contentType, format);
    if (response.kind === 'json' || rawSchema !== undefined) {
      response.schema = buildSchema(ctx, rawSchema, child(found.pointer, 'content', contentType, 'schema'));
    }
  }
  return response;
}

function buildHeaders(ctx: BuildContext, raw: unknown, pointer: string): ResponseIR['headers'] {
  if (!isObject(raw)) return [];
  const headers: ResponseIR['headers'] = [];
  for (const name of Object.keys(raw).sort()) {
    const found = followRef(ctx, raw[name], child(pointer, 'headers', name));
    if (!found) continue;
    const description = stringOrUndefined(found.value.description);
    headers.push({ name, schema: buildSchema(ctx, found.value.schema, child(found.pointer, 'schema')), ...(description ? { description } : {}) });
  }
  return headers;
}
