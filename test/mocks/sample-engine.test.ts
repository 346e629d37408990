import { describe, expect, it } from 'vitest';
import type { SchemaIR } from '../../generator/ir/types.js';
import { matchesFormat } from '../../generator/mocks/format-checks.js';
import { sampleFromPattern } from '../../generator/mocks/pattern-sample.js';
import { createRandom } from '../../generator/mocks/prng.js';
import { refComponents } from '../../generator/mocks/ref-cycles.js';
import { SampleEngine } from '../../generator/mocks/sample.js';
import { validateValue } from '../../generator/mocks/validate.js';
import { componentPointer, namedSchema, schema } from '../support/ir-fixture.js';

const sampleOf = (body: SchemaIR, seed = 1, direction: 'request' | 'response' = 'response') => new SampleEngine([namedSchema('Thing', body)], seed, direction).named(componentPointer('Thing'));
const valid = (body: SchemaIR, value: unknown) => validateValue(new Map([[componentPointer('Thing'), namedSchema('Thing', body)]]), body, value, { direction: 'response' });

describe('prng', () => {
  it('is a pure function of seed and key', () => {
    const draw = (seed: number, key: string) => Array.from({ length: 5 }, createRandom(seed, key).uint32);
    expect(draw(1, 'a')).toEqual(draw(1, 'a'));
    expect(draw(1, 'a')).not.toEqual(draw(2, 'a'));
    expect(draw(1, 'a')).not.toEqual(draw(1, 'b'));
    const random = createRandom(3, 'bounds');
    for (let n = 0; n < 200; n++) expect(random.int(-2, 2)).toBeGreaterThanOrEqual(-2);
  });
});

describe('SampleEngine', () => {
  it('uses a valid spec example first, and ignores an invalid one', () => {
    expect(sampleOf(schema.string({ format: 'uuid', example: '3f6d1c2e-8a47-4b9e-9c1d-0e2a7b5f4c11' }))).toBe('3f6d1c2e-8a47-4b9e-9c1d-0e2a7b5f4c11');
    const fallback = sampleOf(schema.string({ format: 'uuid', example: 'not-a-uuid' }));
    expect(fallback).not.toBe('not-a-uuid');
    expect(matchesFormat('uuid', fallback)).toBe(true);
  });

  it('makes format-valid strings and E.164 numbers for phone-ish fields', () => {
    for (const format of ['uuid', 'date-time', 'date', 'email', 'uri', 'ipv4', 'ipv6', 'hostname', 'byte']) {
      const value = sampleOf(schema.string({ format }));
      expect(matchesFormat(format, value), `${format}: ${String(value)}`).toBe(true);
    }
    const contact = sampleOf(schema.object({ phone_number: schema.string(), name: schema.string() })) as Record<string, string>;
    expect(contact.phone_number).toMatch(/^\+1555\d{7}$/);
    expect(contact.name).not.toMatch(/^\+/);
  });

  it('keeps numbers, lengths, item counts and patterns within their bounds', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const bounded = schema.object({
        count: schema.integer({ constraints: { minimum: 5, maximum: 7 } }),
        ratio: { kind: 'primitive', pointer: '#/r', type: 'number', constraints: { exclusiveMinimum: 0, maximum: 1 } },
        code: schema.string({ constraints: { minLength: 30, maxLength: 32 } }),
        color: schema.string({ constraints: { pattern: '^#[0-9a-fA-F]{6}$' } }),
        tags: schema.array(schema.string(), { constraints: { minItems: 3, maxItems: 4 } }),
      });
      expect(valid(bounded, sampleOf(bounded, seed))).toEqual([]);
    }
  });

  it('samples a property named __proto__ as a field of its own, leaving the object a plain one', () => {
    const value = sampleOf(schema.object({ ['__proto__']: schema.object({ polluted: schema.string() }), name: schema.string() })) as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__', 'name']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ polluted: expect.any(String) });
    expect(JSON.stringify(value)).toMatch(/^\{"__proto__":\{"polluted":"[^"]*"\},"name":"[^"]*"\}$/);
  });

  it('picks enum members, honours literals, and includes optional properties', () => {
    const body = schema.object({ status: { kind: 'enum', pointer: '#/s', type: 'string', members: [{ value: 'a' }, { value: 'b' }] }, kind: { kind: 'literal', pointer: '#/k', value: 'fixed' }, 'note?': schema.string() });
    const value = sampleOf(body) as Record<string, unknown>;
    expect(['a', 'b']).toContain(value.status);
    expect(value.kind).toBe('fixed');
    expect(value).toHaveProperty('note');
  });

  it('leaves out writeOnly properties from responses and readOnly ones from requests, when optional', () => {
    const body = schema.object({ 'password?': schema.string({ writeOnly: true }), 'id?': schema.string({ readOnly: true }) });
    expect(Object.keys(sampleOf(body) as object)).toEqual(['id']);
    expect(Object.keys(sampleOf(body, 1, 'request') as object)).toEqual(['password']);
  });

  it('bounds recursion: a self-referencing tree ends, and its sample validates', () => {
    const node = schema.object({ name: schema.string(), 'children?': schema.array(schema.ref('Thing')), 'parent?': schema.ref('Thing', { nullable: true }) });
    const value = sampleOf(node);
    expect(value).toEqual({ name: expect.any(String) });
    expect(valid(node, value)).toEqual([]);
  });

  it('shares the sample of a schema outside the current cycle, and says where it came from', () => {
    const schemas = [namedSchema('Address', schema.object({ target: schema.string() })), namedSchema('Call', schema.object({ source: schema.ref('Address') }))];
    const engine = new SampleEngine(schemas, 1);
    const call = engine.named(componentPointer('Call')) as { source: object };
    expect(call.source).toBe(engine.named(componentPointer('Address')));
    expect(engine.originOf(call.source)).toBe(componentPointer('Address'));
    expect(engine.originOf(call)).toBe(componentPointer('Call'));
  });

  it('merges allOf parts and picks a union variant that matches exactly one branch', () => {
    const merged = sampleOf(schema.intersection([schema.object({ a: schema.string() }), schema.object({ b: schema.integer() })]));
    expect(merged).toEqual({ a: expect.any(String), b: expect.any(Number) });
    const union = schema.union([schema.object({ kind: { kind: 'literal', pointer: '#/1', value: 'x' } }), schema.object({ kind: { kind: 'literal', pointer: '#/2', value: 'y' } })]);
    expect(valid(union, sampleOf(union))).toEqual([]);
  });

  it('substitutes a given record for a named schema wherever it appears', () => {
    const schemas = [namedSchema('Call', schema.object({ id: schema.string() }))];
    const created = { id: 'stored' };
    const engine = new SampleEngine(schemas, 1);
    const wrapper = schema.object({ calls: schema.array(schema.ref('Call')) });
    expect(engine.sample(wrapper, 'op', new Map([[componentPointer('Call'), created]]))).toEqual({ calls: [created] });
  });

  it('is deterministic per seed and differs between seeds', () => {
    const body = schema.object({ id: schema.string({ format: 'uuid' }), at: schema.string({ format: 'date-time' }), n: schema.integer() });
    expect(JSON.stringify(sampleOf(body, 7))).toBe(JSON.stringify(sampleOf(body, 7)));
    expect(JSON.stringify(sampleOf(body, 7))).not.toBe(JSON.stringify(sampleOf(body, 8)));
  });
});

describe('validateValue', () => {
  it('names the offending field', () => {
    const body = schema.object({ name: schema.string(), destinations: schema.array(schema.object({ target: schema.string() })) });
    expect(valid(body, { name: 5, destinations: [{ target: 'a' }, {}] })).toEqual([
      { field: 'name', message: 'must be a string' },
      { field: 'destinations[1].target', message: 'is required' },
    ]);
  });

  it('finds the same issues, at the same fields, when it remembers shared objects', () => {
    const pet = namedSchema('Pet', schema.object({ name: schema.string(), tags: schema.array(schema.string()) }));
    const index = new Map([[pet.pointer, pet]]);
    const body = schema.object({ pet: schema.ref(pet.pointer), pets: schema.array(schema.ref(pet.pointer)), nested: schema.object({ again: schema.ref(pet.pointer) }) });
    const shared = { name: 7, tags: ['a', 3] };
    const value = { pet: shared, pets: [{ name: 'ok', tags: [] }, shared], nested: { again: shared } };
    const plain = validateValue(index, body, value, { direction: 'response' });
    const options = { direction: 'response' as const, memo: new WeakMap() };
    expect(validateValue(index, body, value, options)).toEqual(plain);
    expect(validateValue(index, schema.ref(pet.pointer), shared, options, 'root')).toEqual([
      { field: 'root.name', message: 'must be a string' },
      { field: 'root.tags[1]', message: 'must be a string' },
    ]);
    expect(plain.map((issue) => issue.field)).toEqual(['pet.name', 'pet.tags[1]', 'pets[1].name', 'pets[1].tags[1]', 'nested.again.name', 'nested.again.tags[1]']);
    const list = namedSchema('List', schema.array(schema.string()));
    const lists = new Map([[list.pointer, list]]);
    const holder = schema.object({ items: schema.ref(list.pointer) });
    expect(validateValue(lists, holder, { items: ['a', 1] }, { direction: 'response', memo: new WeakMap() })).toEqual([{ field: 'items[1]', message: 'must be a string' }]);
  });

  it('accepts null only where nullable, and checks formats the way ajv-formats does', () => {
    expect(valid(schema.string({ nullable: true }), null)).toEqual([]);
    expect(valid(schema.string(), null)).toHaveLength(1);
    expect(matchesFormat('date-time', '2026-01-15T09:30:00.000000Z')).toBe(true);
    expect(matchesFormat('date-time', '2026-02-30T09:30:00Z')).toBe(false);
    expect(matchesFormat('date-time', '2026-01-15 09:30:00')).toBe(false);
    expect(matchesFormat('email', 'a@b')).toBe(false);
    expect(matchesFormat('int32', 2 ** 31)).toBe(false);
  });
});

describe('sampleFromPattern', () => {
  it('generates strings for simple patterns and gives up on groups', () => {
    const random = createRandom(1, 'pattern');
    for (const pattern of ['^[0-9a-f]{64}$', '^#[0-9a-fA-F]{6}$', '^[0-9ABCD#*]*$', '^\\d{3}-\\w+$']) {
      expect(new RegExp(pattern).test(sampleFromPattern(pattern, random) as string), pattern).toBe(true);
    }
    expect(sampleFromPattern('^(a|b)$', random)).toBeUndefined();
  });
});

describe('refComponents', () => {
  it('puts schemas that reach each other in one component, others alone', () => {
    const schemas = [
      namedSchema('A', schema.object({ b: schema.ref('B') })),
      namedSchema('B', schema.object({ a: schema.ref('A') })),
      namedSchema('C', schema.object({ a: schema.ref('A') })),
    ];
    const components = refComponents(schemas);
    expect(components.get(componentPointer('A'))).toBe(components.get(componentPointer('B')));
    expect(components.get(componentPointer('C'))).not.toBe(components.get(componentPointer('A')));
  });
});
