import { describe, expect, it } from 'vitest';
import { buildIR } from '../../generator/ir/build/build-ir.js';
import type { SchemaIR } from '../../generator/ir/types.js';

/** buildIR over a document that has only these component schemas. */
function build(schemas: Record<string, unknown>, openapi: '3.0' | '3.1' = '3.0') {
  const document = { openapi: openapi === '3.0' ? '3.0.3' : '3.1.0', info: { title: 'T', version: '1' }, paths: {}, components: { schemas } };
  return buildIR({ document, openapi, hash: 'h' });
}

function one(raw: unknown, openapi: '3.0' | '3.1' = '3.0'): { schema: SchemaIR; diagnostics: ReturnType<typeof build>['diagnostics'] } {
  const { ir, diagnostics } = build({ S: raw }, openapi);
  return { schema: ir.schemas[0]!.schema, diagnostics };
}

function expectKind<K extends SchemaIR['kind']>(schema: SchemaIR, kind: K): Extract<SchemaIR, { kind: K }> {
  expect(schema.kind).toBe(kind);
  return schema as Extract<SchemaIR, { kind: K }>;
}

describe('buildIR: component schemas', () => {
  it('lists component schemas sorted by name with their pointers', () => {
    const { ir } = build({ b: { type: 'string' }, 'a/b': { type: 'integer' }, A: { type: 'boolean' } });
    expect(ir.schemas.map((named) => [named.name, named.pointer, named.origin])).toEqual([
      ['A', '#/components/schemas/A', 'component'],
      ['a/b', '#/components/schemas/a~1b', 'component'],
      ['b', '#/components/schemas/b', 'component'],
    ]);
  });

  it('keeps refs as refs, so recursive schemas do not expand', () => {
    const { ir, diagnostics } = build({
      Node: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Node' } }, parent: { $ref: '#/components/schemas/Node' } } },
    });
    const node = expectKind(ir.schemas[0]!.schema, 'object');
    const children = expectKind(node.properties[0]!.schema, 'array');
    expect(children.items).toEqual({ kind: 'ref', target: '#/components/schemas/Node', pointer: '#/components/schemas/Node/properties/children/items' });
    expect(node.properties[1]!.schema).toMatchObject({ kind: 'ref', target: '#/components/schemas/Node' });
    expect(diagnostics).toEqual([]);
  });

  it('turns allOf into an intersection, with the schema’s own properties as a last part', () => {
    const { schema } = one({
      description: 'A page of calls',
      allOf: [{ $ref: '#/components/schemas/CommonPagination' }, { type: 'object', properties: { result: { type: 'array', items: { type: 'string' } } } }],
      properties: { extra: { type: 'integer' } },
    });
    const intersection = expectKind(schema, 'intersection');
    expect(intersection.description).toBe('A page of calls');
    expect(intersection.parts.map((part) => part.kind)).toEqual(['ref', 'object', 'object']);
    expect(intersection.parts[0]).toMatchObject({ target: '#/components/schemas/CommonPagination', pointer: '#/components/schemas/S/allOf/0' });
    expect(expectKind(intersection.parts[2]!, 'object').properties.map((p) => p.name)).toEqual(['extra']);
  });

  it('unwraps a single-part allOf, keeping the outer docs', () => {
    const { schema } = one({ description: 'outer', nullable: true, allOf: [{ $ref: '#/components/schemas/Other' }] });
    expect(schema).toEqual({ kind: 'ref', target: '#/components/schemas/Other', pointer: '#/components/schemas/S', description: 'outer', nullable: true });
  });

  it('turns oneOf with a discriminator into a union with its mapping', () => {
    const { schema } = one({
      oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }],
      discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat', dog: 'Dog' } },
    });
    const union = expectKind(schema, 'union');
    expect(union.variants.map((variant) => (variant.kind === 'ref' ? variant.target : variant.kind))).toEqual([
      '#/components/schemas/Cat',
      '#/components/schemas/Dog',
    ]);
    expect(union.discriminator).toEqual({
      propertyName: 'kind',
      mapping: [
        { value: 'cat', target: '#/components/schemas/Cat' },
        { value: 'dog', target: '#/components/schemas/Dog' },
      ],
    });
  });

  it('treats anyOf like oneOf and warns about a discriminator without propertyName', () => {
    const { schema, diagnostics } = one({ anyOf: [{ type: 'string' }, { type: 'integer' }], discriminator: { mapping: {} } });
    const union = expectKind(schema, 'union');
    expect(union.variants.map((variant) => variant.kind)).toEqual(['primitive', 'primitive']);
    expect(union.discriminator).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'discriminator-invalid', severity: 'warning', pointer: '#/components/schemas/S/discriminator' })]);
  });

  it('reads nullable: true (3.0)', () => {
    expect(one({ type: 'string', format: 'uuid', nullable: true }).schema).toEqual({
      kind: 'primitive',
      type: 'string',
      format: 'uuid',
      nullable: true,
      pointer: '#/components/schemas/S',
    });
  });

  it('reads 3.1 type arrays: null member → nullable, several types → union, only null → null', () => {
    expect(one({ type: ['string', 'null'] }, '3.1').schema).toMatchObject({ kind: 'primitive', type: 'string', nullable: true });
    const union = expectKind(one({ type: ['string', 'integer', 'null'] }, '3.1').schema, 'union');
    expect(union.nullable).toBe(true);
    expect(union.variants).toEqual([
      expect.objectContaining({ kind: 'primitive', type: 'string' }),
      expect.objectContaining({ kind: 'primitive', type: 'integer' }),
    ]);
    expect(one({ type: 'null' }, '3.1').schema).toMatchObject({ kind: 'primitive', type: 'null' });
    expect(one({ type: ['object', 'null'], properties: { a: { type: 'string' } } }, '3.1').schema).toMatchObject({ kind: 'object', nullable: true });
  });

  it('turns const into a literal', () => {
    expect(one({ const: 'call' }, '3.1').schema).toEqual({ kind: 'literal', value: 'call', pointer: '#/components/schemas/S' });
    expect(one({ const: 3 }, '3.1').schema).toMatchObject({ kind: 'literal', value: 3 });
    const { schema, diagnostics } = one({ const: { a: 1 } }, '3.1');
    expect(schema).toMatchObject({ kind: 'unknown', reason: 'non-scalar const' });
    expect(diagnostics.map((d) => d.code)).toEqual(['const-unsupported']);
  });

  it('reads enums with x-enum-varnames, and a null member as nullable', () => {
    const { schema } = one({
      type: 'string',
      enum: ['active', null, 'ended', 'active'],
      'x-enum-varnames': ['Active', 'Null', 'Ended', 'Again'],
      'x-enum-descriptions': ['Running', '', 'Over'],
    });
    const enumSchema = expectKind(schema, 'enum');
    expect(enumSchema.type).toBe('string');
    expect(enumSchema.nullable).toBe(true);
    expect(enumSchema.members).toEqual([
      { value: 'active', name: 'Active', description: 'Running' },
      { value: 'ended', name: 'Ended', description: 'Over' },
    ]);
  });

  it('infers the enum type from the values, and reads an enum of only null as null', () => {
    expect(one({ enum: [1, 2] }).schema).toMatchObject({ kind: 'enum', type: 'number' });
    expect(one({ enum: [null] }).schema).toMatchObject({ kind: 'primitive', type: 'null', nullable: true });
  });

  it('reads additionalProperties: typed, false, true, {} and absent', () => {
    const typed = expectKind(one({ type: 'object', additionalProperties: { type: 'integer' } }).schema, 'object');
    expect(typed.additional).toMatchObject({ kind: 'primitive', type: 'integer', pointer: '#/components/schemas/S/additionalProperties' });
    expect(expectKind(one({ type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false }).schema, 'object').additional).toBe(false);
    expect(expectKind(one({ type: 'object', properties: { a: { type: 'string' } }, additionalProperties: true }).schema, 'object').additional).toBe(true);
    expect(expectKind(one({ type: 'object', additionalProperties: {} }).schema, 'object').additional).toBe(true);
    // Absent: a free-form object without properties is a map; one with properties is closed.
    expect(expectKind(one({ type: 'object' }).schema, 'object').additional).toBe(true);
    expect(expectKind(one({ type: 'object', properties: { a: { type: 'string' } } }).schema, 'object').additional).toBe(false);
  });

  it('marks required properties and infers object/array from their keywords', () => {
    const object = expectKind(one({ required: ['id'], properties: { id: { type: 'string' }, name: { type: 'string' } } }).schema, 'object');
    expect(object.properties.map((p) => [p.name, p.required])).toEqual([
      ['id', true],
      ['name', false],
    ]);
    expect(one({ items: { type: 'string' } }).schema).toMatchObject({ kind: 'array', items: { kind: 'primitive', type: 'string' } });
  });

  it('types an empty schema as unknown, with no diagnostic', () => {
    const { schema, diagnostics } = one({});
    expect(schema).toEqual({ kind: 'unknown', pointer: '#/components/schemas/S' });
    expect(diagnostics).toEqual([]);
  });

  it('keeps docs and constraints', () => {
    const { schema } = one({ type: 'string', title: 'Name', description: 'd', deprecated: true, readOnly: true, example: 'x', default: 'y', minLength: 1, maxLength: 5, pattern: '^a' });
    expect(schema).toMatchObject({
      title: 'Name',
      description: 'd',
      deprecated: true,
      readOnly: true,
      example: 'x',
      default: 'y',
      constraints: { minLength: 1, maxLength: 5, pattern: '^a' },
    });
  });

  it('reports unsupported keywords as info and still builds the rest', () => {
    const { schema, diagnostics } = one({ type: 'string', not: { enum: ['x'] } });
    expect(schema).toMatchObject({ kind: 'primitive', type: 'string' });
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'schema-keyword-ignored', severity: 'info', pointer: '#/components/schemas/S/not' }),
    ]);
  });

  it('warns about unknown types and non-object schemas', () => {
    const { ir, diagnostics } = build({ Weird: { type: 'date' }, Bad: 42 });
    expect(ir.schemas.map((named) => named.schema.kind)).toEqual(['unknown', 'unknown']);
    expect(diagnostics.map((d) => [d.code, d.severity, d.pointer])).toEqual([
      ['schema-invalid', 'warning', '#/components/schemas/Bad'],
      ['schema-type-unknown', 'warning', '#/components/schemas/Weird/type'],
    ]);
  });

  it('builds 60 levels of nesting without crashing', () => {
    let raw: Record<string, unknown> = { type: 'string' };
    for (let level = 0; level < 60; level++) raw = { type: 'object', properties: { next: raw } };
    const { schema, diagnostics } = one(raw);
    let node = schema;
    let depth = 0;
    while (node.kind === 'object') {
      node = node.properties[0]!.schema;
      depth++;
    }
    expect(depth).toBe(60);
    expect(node).toMatchObject({ kind: 'primitive', type: 'string' });
    expect(node.pointer).toBe('#/components/schemas/S' + '/properties/next'.repeat(60));
    expect(diagnostics).toEqual([]);
  });

  it('stops absurdly deep nesting with a warning instead of overflowing the stack', () => {
    let raw: Record<string, unknown> = { type: 'string' };
    for (let level = 0; level < 400; level++) raw = { type: 'array', items: raw };
    const { diagnostics } = one(raw);
    expect(diagnostics.map((d) => d.code)).toEqual(['schema-too-deep']);
  });

  it('reports components.schemas that is not a map', () => {
    const { ir, diagnostics } = build([] as unknown as Record<string, unknown>);
    expect(ir.schemas).toEqual([]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'expected-object', severity: 'error', pointer: '#/components/schemas' })]);
  });
});
