import fc from 'fast-check';
import { builders, printer } from 'prettier/doc';
import { describe, expect, it } from 'vitest';
import { printDoc } from '../../generator/format/layout/print-doc.js';

type Doc = builders.Doc;
const { align, breakParent, conditionalGroup, fill, group, ifBreak, indent, indentIfBreak, line, lineSuffixBoundary, softline, hardline } = builders;

/** A doc described as data, so the same doc can be built twice: printing marks groups broken in place. */
type Shape =
  | { kind: 'text'; text: string }
  | { kind: 'line' | 'softline' | 'hardline' | 'breakParent' | 'boundary' }
  | { kind: 'concat' | 'indent' | 'align'; parts: Shape[] }
  | { kind: 'group'; parts: Shape[]; shouldBreak: boolean; named: boolean }
  | { kind: 'conditional'; states: Shape[][] }
  | { kind: 'ifBreak'; broken: Shape[]; flat: Shape[]; byName: boolean }
  | { kind: 'indentIfBreak'; parts: Shape[] }
  | { kind: 'fill'; parts: Shape[] };

const shape: fc.Arbitrary<Shape> = fc.letrec<{ shape: Shape }>((tie) => {
  const parts = fc.array(tie('shape'), { maxLength: 4 });
  return {
    shape: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ kind: fc.constant('text' as const), text: fc.constantFrom('a', 'call(', ')', '{ x: 1 }', 'longer_identifier_name', ', ', ' ', 'é', '') }),
      fc.record({ kind: fc.constantFrom('line' as const, 'softline' as const, 'hardline' as const, 'breakParent' as const, 'boundary' as const) }),
      fc.record({ kind: fc.constantFrom('concat' as const, 'indent' as const, 'align' as const), parts }),
      fc.record({ kind: fc.constant('group' as const), parts, shouldBreak: fc.boolean(), named: fc.boolean() }),
      fc.record({ kind: fc.constant('conditional' as const), states: fc.array(parts, { minLength: 1, maxLength: 3 }) }),
      fc.record({ kind: fc.constant('ifBreak' as const), broken: parts, flat: parts, byName: fc.boolean() }),
      fc.record({ kind: fc.constant('indentIfBreak' as const), parts }),
      // Contents and separators alternate, as prettier builds a fill.
      fc.record({ kind: fc.constant('fill' as const), parts: fc.array(tie('shape'), { maxLength: 6 }).map((contents) => contents.flatMap((content, i) => (i === 0 ? [content] : [{ kind: 'line' as const }, content]))) }),
    ),
  };
}).shape;

/** Builds the doc; groups marked `named` give their id to the ifBreak and indentIfBreak that follow them. */
function build(root: Shape): Doc {
  let lastId: symbol | undefined;
  const many = (shapes: Shape[]): Doc[] => shapes.map(one);
  function one(node: Shape): Doc {
    switch (node.kind) {
      case 'text':
        return node.text;
      case 'line':
        return line;
      case 'softline':
        return softline;
      case 'hardline':
        return hardline;
      case 'breakParent':
        return breakParent;
      case 'boundary':
        return lineSuffixBoundary;
      case 'concat':
        return many(node.parts);
      case 'indent':
        return indent(many(node.parts));
      case 'align':
        return align(2, many(node.parts));
      case 'group': {
        const id = node.named ? Symbol('group') : undefined;
        const doc = group(many(node.parts), { shouldBreak: node.shouldBreak, ...(id ? { id } : {}) });
        if (id) lastId = id;
        return doc;
      }
      case 'conditional':
        return conditionalGroup(node.states.map(many));
      case 'ifBreak':
        return ifBreak(many(node.broken), many(node.flat), node.byName && lastId ? { groupId: lastId } : {});
      case 'indentIfBreak':
        return lastId ? indentIfBreak(many(node.parts), { groupId: lastId }) : indent(many(node.parts));
      case 'fill':
        return fill(many(node.parts));
    }
  }
  return one(root);
}

describe('printDoc: prettier’s printDocToString for the layout’s docs', () => {
  it('prints every doc exactly as prettier’s printer does, at every width', () => {
    fc.assert(
      fc.property(shape, fc.integer({ min: 1, max: 40 }), (described, width) => {
        const expected = printer.printDocToString(build(described), { printWidth: width, tabWidth: 2, useTabs: false }).formatted;
        expect(printDoc(build(described), width)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('prints a doc built from a plain ASCII line the same without checking each string’s width', () => {
    const ascii = shape.filter((described) => !JSON.stringify(described).includes('é'));
    fc.assert(
      fc.property(ascii, fc.integer({ min: 1, max: 40 }), (described, width) => {
        const expected = printer.printDocToString(build(described), { printWidth: width, tabWidth: 2, useTabs: false }).formatted;
        expect(printDoc(build(described), width, true)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('trims trailing spaces across the parts printed before a line break', () => {
    const doc = group(['a', ' ', indent([' ', '', ' ', hardline, 'b ', '  ', hardline, hardline, 'c'])]);
    expect(printDoc(doc, 80)).toBe(printer.printDocToString(doc, { printWidth: 80, tabWidth: 2, useTabs: false }).formatted);
    expect(printDoc(doc, 80)).toBe('a\n  b\n\n  c');
  });

  it('breaks a call’s arguments and keeps a fitting one flat', () => {
    const call = () => group(['call(', indent([softline, 'first, ', line, 'second']), softline, ')']);
    expect(printDoc(call(), 80)).toBe('call(first,  second)');
    expect(printDoc(call(), 10)).toBe('call(\n  first,\n  second\n)');
  });
});
