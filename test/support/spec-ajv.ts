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
  // inlineRefs: false compiles each referenced schema once instead of inlining it into every user: several times faster here.
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false, inlineRefs: false });
  addFormats(ajv);
  ajv.addFormat('uint64', { type: 'number', validate: (value: number) => Number.isInteger(value) && value >= 0 });
  ajv.addFormat('int', { type: 'number', validate: (value: number) => Number.isInteger(value) });
  ajv.addSchema(toJsonSchema({ components: document.components, paths: document.paths }) as object, 'spec');
  const compiled = new Map<string, ValidateFunction>();
  return (pointer) => {
    const known = compiled.get(pointer);
    if (known) return known;
    const validate = ajv.compile({ $ref: `spec${pointer}` });
    compiled.set(pointer, validate);
    return validate;
  };
}

function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Follows a JSON pointer through the raw document, jumping through `$ref`s on
 * the way, and returns the pointer of the node it lands on (undefined when it
 * leads nowhere). ajv resolves plain pointers only.
 */
export function landingPointer(document: unknown, tokens: string[]): string | undefined {
  let node = document;
  let pointer = '#';
  for (const token of tokens) {
    for (let hops = 0; typeof node === 'object' && node !== null && typeof (node as { $ref?: unknown }).$ref === 'string' && hops < 20; hops++) {
      pointer = (node as { $ref: string }).$ref;
      node = pointer.slice(2).split('/').reduce<unknown>((at, part) => (at as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')], document);
    }
    if (typeof node !== 'object' || node === null || !(token in node)) return undefined;
    node = (node as Record<string, unknown>)[token];
    pointer = `${pointer}/${escapeToken(token)}`;
  }
  return pointer;
}

/** Validates a JSON response body of `method path` with `status` against the spec's response schema. */
export function responseValidator(specFile: string): (method: string, path: string, status: number | string) => ValidateFunction | undefined {
  const document = JSON.parse(readFileSync(specFile, 'utf8')) as unknown;
  const validator = specValidator(specFile);
  return (method, path, status) => {
    const pointer = landingPointer(document, ['paths', path, method, 'responses', String(status), 'content', 'application/json', 'schema']);
    return pointer === undefined ? undefined : validator(pointer);
  };
}
