import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/**
 * OpenAPI 3.0 schema → JSON Schema that ajv reads: `nullable: true` becomes a
 * `null` type (or an `anyOf` with `{type: 'null'}` when there is no type, as
 * next to `$ref` or `allOf`). Everything else is kept.
 */
export function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) if (key !== 'nullable') out[key] = toJsonSchema(value);
  if ((node as Record<string, unknown>).nullable !== true) return out;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

/** An ajv over one OpenAPI document: `validator('#/components/schemas/Call')` validates against that schema, refs and all. */
export function specValidator(specFile: string): (pointer: string) => ValidateFunction {
  const document = JSON.parse(readFileSync(specFile, 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  addFormats(ajv);
  ajv.addFormat('uint64', { type: 'number', validate: (value: number) => Number.isInteger(value) && value >= 0 });
  ajv.addFormat('int', { type: 'number', validate: (value: number) => Number.isInteger(value) });
  ajv.addSchema(toJsonSchema({ components: document.components, paths: document.paths }) as object, 'spec');
  return (pointer) => ajv.getSchema(`spec${pointer}`) ?? ajv.compile({ $ref: `spec${pointer}` });
}
