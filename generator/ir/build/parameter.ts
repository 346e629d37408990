import type { ParameterIR, ParameterLocation } from '../types.js';
import { child, followRef, isObject, report, stringOrUndefined, type BuildContext } from './context.js';
import { buildSchema } from './schema.js';

const LOCATIONS = new Set<string>(['path', 'query', 'header', 'cookie']);
const DEFAULT_STYLE: Record<ParameterLocation, ParameterIR['style']> = { path: 'simple', query: 'form', header: 'simple', cookie: 'form' };

/** Parameter Object (or a $ref to one) → ParameterIR. */
export function buildParameter(ctx: BuildContext, raw: unknown, pointer: string): ParameterIR | undefined {
  const found = followRef(ctx, raw, pointer);
  if (!found) return undefined;
  const { value } = found;
  const name = stringOrUndefined(value.name);
  const location = stringOrUndefined(value.in);
  if (!name || !location || !LOCATIONS.has(location)) {
    report(ctx, 'error', 'parameter-invalid', found.pointer, `Parameter at ${found.pointer} needs a "name" and an "in" of path, query, header or cookie.`);
    return undefined;
  }
  const where = location as ParameterLocation;
  const style = (stringOrUndefined(value.style) as ParameterIR['style'] | undefined) ?? DEFAULT_STYLE[where];
  const schema = value.schema !== undefined ? buildSchema(ctx, value.schema, child(found.pointer, 'schema')) : schemaFromContent(ctx, value, found.pointer);
  const description = stringOrUndefined(value.description);
  const parameter: ParameterIR = {
    pointer: found.pointer,
    name,
    in: where,
    required: where === 'path' ? true : value.required === true,
    schema,
    style,
    explode: typeof value.explode === 'boolean' ? value.explode : style === 'form',
  };
  if (description !== undefined) parameter.description = description;
  if (value.deprecated === true) parameter.deprecated = true;
  if (value.example !== undefined) parameter.example = value.example;
  return parameter;
}

function schemaFromContent(ctx: BuildContext, value: Record<string, unknown>, pointer: string) {
  if (isObject(value.content)) {
    const [mediaType, media] = Object.entries(value.content)[0] ?? [];
    if (mediaType && isObject(media)) return buildSchema(ctx, media.schema, child(pointer, 'content', mediaType, 'schema'));
  }
  return buildSchema(ctx, { type: 'string' }, child(pointer, 'schema'));
}
