import type { RequestBodyIR } from '../types.js';
import { child, followRef, isObject, report, stringOrUndefined, type BuildContext } from './context.js';
import { bodyEncoding, preferredMediaType } from './media-type.js';
import { buildSchema } from './schema.js';

/** Request Body Object (or a $ref to one) → RequestBodyIR, choosing the media type the SDK sends. */
export function buildRequestBody(ctx: BuildContext, raw: unknown, pointer: string): RequestBodyIR | undefined {
  const found = followRef(ctx, raw, pointer);
  if (!found) return undefined;
  const content = found.value.content;
  if (!isObject(content) || Object.keys(content).length === 0) {
    report(ctx, 'warning', 'request-body-no-content', found.pointer, `Request body at ${found.pointer} has no "content"; the operation is generated without a body.`);
    return undefined;
  }
  const contentTypes = Object.keys(content).sort();
  const contentType = preferredMediaType(contentTypes) as string;
  const media = content[contentType];
  const schemaPointer = child(found.pointer, 'content', contentType, 'schema');
  const rawSchema = isObject(media) ? media.schema : undefined;
  const encoding = bodyEncoding(contentType);
  const schema =
    rawSchema === undefined && (encoding === 'binary' || encoding === 'text')
      ? buildSchema(ctx, { type: 'string', format: encoding === 'binary' ? 'binary' : undefined }, schemaPointer)
      : buildSchema(ctx, rawSchema, schemaPointer);
  const body: RequestBodyIR = { pointer: found.pointer, required: found.value.required === true, contentType, encoding, schema, contentTypes };
  const description = stringOrUndefined(found.value.description);
  if (description !== undefined) body.description = description;
  return body;
}
