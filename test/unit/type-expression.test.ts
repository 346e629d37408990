import { describe, expect, it } from 'vitest';
import { typeExpression, type TypeContext } from '../../generator/emit/types/type-expression.js';
import { schema } from '../support/ir-fixture.js';

const ctx: TypeContext = { nameOf: (pointer) => pointer.split('/').pop(), direction: 'response' };

describe('typeExpression', () => {
  it('adds `| null` to a union as written by hand, and parenthesises only an intersection', () => {
    expect(typeExpression(schema.enumOf(['open', 'fixed'], { nullable: true }), ctx)).toBe('"open" | "fixed" | null');
    expect(typeExpression(schema.union([schema.string(), schema.ref('Pet')], { nullable: true }), ctx)).toBe('string | Pet | null');
    expect(typeExpression(schema.intersection([schema.ref('Pet'), schema.ref('Owned')], { nullable: true }), ctx)).toBe('(Pet & Owned) | null');
    expect(typeExpression(schema.array(schema.enumOf(['a', 'b']), { nullable: true }), ctx)).toBe('("a" | "b")[] | null');
  });

  it('leaves an empty allOf part out of an intersection', () => {
    expect(typeExpression(schema.intersection([schema.unknown(), schema.ref('Pet')]), ctx)).toBe('Pet');
    expect(typeExpression(schema.intersection([schema.unknown(), schema.ref('Pet'), schema.ref('Owned')], { nullable: true }), ctx)).toBe('(Pet & Owned) | null');
    expect(typeExpression(schema.intersection([schema.unknown()]), ctx)).toBe('unknown');
  });
});
