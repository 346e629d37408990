/**
 * fast-check arbitraries for hostile OpenAPI documents: random schema trees
 * whose names, descriptions, defaults, examples and enum values are random
 * strings salted with every class of trouble (comment and template
 * delimiters, quotes, backslashes, line separators, `</script>`, control
 * characters, prototype keys, reserved words, emoji, non-Latin letters).
 */
import fc from 'fast-check';

const FRAGMENTS = [
  '*/', '/*', '*\\/', '/\\*', '`', '${', '}', '${x}', "'", '"', '\\', '\\\\', '\n', '\r\n', '\r', '\u2028', '\u2029',
  '</script>', '</SCRIPT', '<!--', '\u0000', '\u0007', '\u001b', '\u007f', '@', '@param ', '{@link x}', ' ', '\t',
  '__proto__', 'constructor', 'toString', 'prototype', 'class', 'default', 'await', 'enum', 'delete', '1', '-', '_',
  '🎉', '☎️', '通話', 'Ünï', 'x', 'Y',
];

/** A string from anywhere in Unicode (lone surrogates included), salted with trouble. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 8 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(...FRAGMENTS),
);

/** A name for a property, enum member, schema or parameter. */
const hostileName = hostileString;

type Schema = Record<string, unknown>;

/** Documentation facets a schema may carry. */
const docs: fc.Arbitrary<Schema> = fc.record(
  { description: hostileString, example: hostileString, title: hostileString },
  { requiredKeys: [] },
);

function withDocs(schema: fc.Arbitrary<Schema>): fc.Arbitrary<Schema> {
  return fc.tuple(schema, docs).map(([body, extra]) => ({ ...extra, ...body }));
}

/** A schema tree; `refs` are the names of component schemas it may point at. */
export function schemaTree(refs: string[]): fc.Arbitrary<Schema> {
  const leaf: fc.Arbitrary<Schema> = fc.oneof(
    fc.record({ type: fc.constantFrom('string', 'integer', 'number', 'boolean') }),
    fc.record({ type: fc.constant('string'), default: hostileString }),
    fc.record({ type: fc.constant('string'), enum: fc.array(hostileString, { minLength: 1, maxLength: 6 }) }),
    fc.record({ type: fc.constant(['string', 'null']), enum: fc.array(fc.option(hostileString, { nil: null }), { minLength: 1, maxLength: 4 }) }),
    fc.record({ type: fc.constant('integer'), enum: fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 5 }) }),
    fc.record({ const: fc.oneof(hostileString, fc.integer(), fc.boolean(), fc.constant(null)) }),
    fc.record({ type: fc.constant(['string', 'integer', 'null']) }),
    fc.record({ type: fc.constant('null') }),
    fc.constant({}),
    ...(refs.length > 0 ? [fc.constantFrom(...refs).map((name) => ({ $ref: `#/components/schemas/${pointerToken(name)}` }))] : []),
  );
  const { tree } = fc.letrec<{ tree: Schema; node: Schema }>((tie) => ({
    tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, withDocs(leaf), tie('node')),
    node: fc.oneof(
      withDocs(
        fc
          .record({
            properties: fc.dictionary(hostileName, tie('tree'), { maxKeys: 4 }),
            additionalProperties: fc.oneof(fc.boolean(), tie('tree')),
            nullable: fc.boolean(),
          }, { requiredKeys: ['properties'] })
          .chain((object) =>
            fc.subarray(Object.keys(object.properties as Schema)).map((required) => ({ type: 'object', ...object, ...(required.length > 0 ? { required } : {}) })),
          ),
      ),
      withDocs(fc.record({ type: fc.constant('array'), items: tie('tree') })),
      fc.record({ allOf: fc.array(tie('tree'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ oneOf: fc.array(tie('tree'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ anyOf: fc.array(tie('tree'), { minLength: 1, maxLength: 3 }) }),
    ),
  }));
  return tree;
}

export function pointerToken(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A path segment: any string without the characters that shape a path (`/`, `{`, `}`, `?`, `#`). */
const segment = hostileString.map((text) => text.replace(/[/{}?#]/g, ''));

/** A whole OpenAPI document: up to three component schemas, a GET returning one, a POST taking one, hostile everywhere. */
export const hostileSpec: fc.Arbitrary<Schema> = fc
  .uniqueArray(hostileName, { minLength: 1, maxLength: 3 })
  .chain((names) =>
    fc.record({
      openapi: fc.constantFrom('3.0.3', '3.1.0'),
      info: fc.record({ title: hostileString, version: hostileString, description: hostileString }),
      servers: fc.tuple(segment).map(([path]) => [{ url: `https://api.example.test/${path}` }]),
      components: fc.tuple(...names.map(() => schemaTree(names))).map((schemas) => ({ schemas: Object.fromEntries(names.map((name, i) => [name, schemas[i]])) })),
      paths: fc
        .record({
          resource: segment,
          action: segment,
          query: hostileName.filter((name) => name !== ''),
          queryDoc: hostileString,
          summary: hostileString,
          description: hostileString,
          get: fc.constantFrom(...names),
          post: fc.constantFrom(...names),
        })
        .map((p) => ({
          [`/things${p.resource}`]: {
            get: {
              summary: p.summary,
              description: p.description,
              parameters: [{ name: p.query, in: 'query', description: p.queryDoc, schema: { type: 'string' } }],
              responses: { '200': { description: p.description, content: { 'application/json': { schema: { $ref: `#/components/schemas/${pointerToken(p.get)}` } } } } },
            },
          },
          [`/things${p.resource}/{id}/act${p.action}`]: {
            post: {
              parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
              requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${pointerToken(p.post)}` } } } },
              responses: { '204': { description: p.summary } },
            },
          },
        })),
    }),
  );
