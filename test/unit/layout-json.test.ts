import fc from 'fast-check';
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { layOutJson } from '../../generator/format/layout/json.js';
import { generate } from '../../generator/index.js';
import { hostileString } from '../support/hostile-arbitraries.js';

/**
 * layOutJson promises prettier's bytes (format-files' options, json parser) or nothing: each case is checked against
 * prettier itself. Strict JSON must not fall back (or the fast path could silently stop being taken), except where
 * babel itself is the judge (a __proto__ key) or prettier's recursion is (deep nesting).
 */
const OPTIONS = { parser: 'json', singleQuote: true, printWidth: 110, trailingComma: 'all' } as const;
const FLAVORS = ['full', 'lite', 'zod', 'service-agent'] as const;
const RUNS = Number(process.env.JSON_RUNS ?? 2000);
const SEED = Number(process.env.JSON_SEED ?? 20_261_201);

/** Checks layOutJson against prettier for `text`; returns what layOutJson gave. */
async function expectPrettierOrNothing(text: string): Promise<string | undefined> {
  const laidOut = layOutJson(text);
  if (laidOut !== undefined) expect(laidOut, JSON.stringify(text)).toBe(await format(text, OPTIONS));
  return laidOut;
}

async function expectPrettier(text: string): Promise<void> {
  expect(await expectPrettierOrNothing(text), JSON.stringify(text)).toBeDefined();
}

const long = (count: number, item: (index: number) => unknown) => Array.from({ length: count }, (_, index) => item(index));

/** An object of one string member whose one-line print is `width` columns wide. */
function oneLineObject(width: number, filler = 'x'): string {
  const frame = '{ "k": "" }'.length;
  return `{"k": "${filler.repeat(width - frame)}"}`;
}

describe('layOutJson: chosen cases', () => {
  it.each(FLAVORS)('the %s flavor’s package.json and tsconfig.json', async (flavor) => {
    const result = await generate({ flavor, format: false });
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
    const rendered = result.files.filter((file) => file.path === 'package.json' || file.path === 'tsconfig.json');
    expect(rendered).toHaveLength(2);
    for (const file of rendered) await expectPrettier(file.contents);
  });

  it.each([
    ['empty containers', ['{}', '[]', '{ }', '[\n]', '{\n\n}', '{"a": [], "b": {}, "c": [[]], "d": [{}], "e": [[], {}]}', '{\n"a": [\n], "b": {\n}}']],
    ['top-level scalars', ['"text"', '1', '-1.50', '1E+05', '0.0', 'true', 'false', 'null', ' \n "spaced" \n\n']],
    ['numbers as prettier rewrites them', ['[1.50, 1E5, 1e+5, 1e-05, 0.0e0, -0, 10.0, 2.50E+010, 123456789012345678901234567890]']],
    ['nesting', ['{"a":{"b":{"c":[1,[2,[3,{"d":null}]]]}}}', '{\n"a":{"b":1},"c":{\n"d":2}}', '[[1,2],[3,4]]', '[{"a":1,"b":2},{"c":3,"d":4}]', '[{"a":1},{"b":2}]', '[{"a":1,"b":2},[1,2]]', '[[1,2],[3]]']],
    ['blank lines', [`[\n"${'a'.repeat(60)}",\n\n"${'b'.repeat(60)}"\n]`, '{\n  "a": 1,\n\n\n  "b": 2\n}', '{"a": 1,\n\n"b": 2}', '{"a": 1\n\n, "b": 2}', '{"a": 1,\n   \t \n"b": 2}', '[\n"a",\n\n"b"\n]', '["a",\n\n"b"]', '[1,\n\n2, 3]', '[\n  1,\n\n  2\n]', '{"a": [\n1,\n\n2\n]}']],
    ['escapes', ['"\\u00e9 \\/ \\n \\" \\\\ \\t \\b \\f \\r \\uD83D\\uDE00"', '{"\\u0041": "\\ud800"}']],
    ['unicode and wide text', ['{"名前": "通話", "emoji": "🎉☎️", "mark": "e\u0301", "sep": "\u2028\u2029"}', oneLineObject(110, '通'), oneLineObject(111, '通'), oneLineObject(110, '🎉')]],
  ])('%s', async (_, texts) => {
    for (const text of texts) await expectPrettier(text);
  });

  it('breaks what does not fit and keeps what does, at the width and inside indentation', async () => {
    for (const width of [109, 110, 111, 300]) await expectPrettier(oneLineObject(width));
    for (const width of [104, 105, 106, 107]) await expectPrettier(`{\n"outer": ${oneLineObject(width)},\n"next": 1}`);
    await expectPrettier(JSON.stringify({ list: long(40, (index) => `item-${index}`) }));
    await expectPrettier(JSON.stringify(long(30, (index) => ({ id: index }))));
    await expectPrettier(JSON.stringify({ a: { b: { c: long(12, (index) => `nested-value-${index}`) } } }));
  });

  it('fills lines with numbers', async () => {
    await expectPrettier(JSON.stringify(long(80, (index) => index * 37)));
    await expectPrettier(JSON.stringify({ numbers: long(60, (index) => (index % 3 === 0 ? -index : index / 8)) }));
    await expectPrettier(`[${long(50, (index) => index * 1001).join(',\n')}]`);
    const blankEverySeventh = long(50, (index) => `${index}${index % 7 === 6 ? ',\n\n' : ','}`).join('');
    await expectPrettier(`[${blankEverySeventh.slice(0, -1)}]`);
  });

  it('lays out nesting as deep as prettier prints', async () => {
    await expectPrettier(`${'['.repeat(100)}${']'.repeat(100)}`);
    await expectPrettier(`${'{"a":'.repeat(99)}[1]${'}'.repeat(99)}`);
    expect(layOutJson(`${'['.repeat(101)}${']'.repeat(101)}`)).toBeUndefined();
  });

  it.each([
    ['comments', '{"a": 1 // note\n}'],
    ['block comments', '/* c */ {}'],
    ['trailing commas', '[1,]'],
    ['trailing commas in objects', '{"a": 1,}'],
    ['single quotes', "{'a': 1}"],
    ['bare keys', '{a: 1}'],
    ['carriage returns', '{\r\n"a": 1\r\n}'],
    ['a byte order mark', '\ufeff{}'],
    ['nothing', ''],
    ['NaN', '[NaN]'],
    ['leading zeros', '[01]'],
    ['a bare dot', '[1.]'],
    ['a spaced sign', '[- 1]'],
    ['a plus sign', '[+1]'],
    ['raw control characters', '"a\tb"'],
    ['bad escapes', '"\\x41"'],
    ['a __proto__ key', '{"__proto__": 1}'],
    ['two values', '1 2'],
    ['unclosed containers', '{"a": [1'],
  ])('leaves %s to prettier', (_, text) => {
    expect(layOutJson(text)).toBeUndefined();
  });
});

/** Keys babel judges itself: layOutJson leaves them to prettier. */
const hasProtoKey = (text: string) => text.includes('"__proto__"');

const text = fc.oneof(hostileString, fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ maxLength: 60 }), fc.constantFrom('通話通話', '🎉', 'e\u0301', '\u2028'));

/** A JSON string for `value`, as JSON.stringify writes it or with other characters escaped too. */
const jsonString = fc.tuple(text, fc.constantFrom('plain', 'unicode', 'solidus')).map(([value, escapes]) => {
  const plain = JSON.stringify(value);
  if (escapes === 'solidus') return plain.replace(/\//g, '\\/');
  return escapes === 'unicode' ? plain.replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`) : plain;
});

const numberText = fc.oneof(
  fc.stringMatching(/^-?(0|[1-9]\d{0,6})(\.\d{1,4})?([eE][+-]?\d{1,3})?$/),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => JSON.stringify(value)),
  fc.integer().map(String),
);

/** White space as people and templates leave it: none, spaces, tabs, line breaks, blank lines (some holding spaces). */
const blank = fc.constantFrom('', '', '', ' ', '  ', '\t', '\n', '\n  ', '\n\n', '\n  \n    ', ' \n\t\n', '\n\n\n');

/** Random JSON written with random white space around every token. */
const { value: formattedJson } = fc.letrec<{ value: string; array: string; numbers: string; object: string }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, jsonString, numberText, fc.constantFrom('true', 'false', 'null'), tie('array'), tie('numbers'), tie('object')),
  array: fc
    .tuple(fc.array(fc.tuple(blank, tie('value'), blank), { maxLength: 8 }), blank)
    .map(([items, inside]) => `[${items.length === 0 ? inside : items.map((parts) => parts.join('')).join(',')}]`),
  numbers: fc.array(fc.tuple(blank, numberText, blank), { minLength: 1, maxLength: 40 }).map((items) => `[${items.map((parts) => parts.join('')).join(',')}]`),
  object: fc
    .tuple(fc.array(fc.tuple(blank, jsonString, blank, blank, tie('value'), blank), { maxLength: 6 }), blank)
    .map(([members, inside]) => `{${members.length === 0 ? inside : members.map(([a, key, b, c, value, d]) => `${a}${key}${b}:${c}${value}${d}`).join(',')}}`),
}));

describe('layOutJson: random JSON against prettier', () => {
  it('JSON.stringify output, on one line and indented, is laid out as prettier does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 5, stringUnit: 'grapheme' }), async (value) => {
        for (const written of [JSON.stringify(value), JSON.stringify(value, null, 2)]) {
          if (hasProtoKey(written)) await expectPrettierOrNothing(written);
          else await expectPrettier(written);
        }
      }),
      { numRuns: RUNS / 2, seed: SEED },
    );
  }, 120_000);

  it('JSON with random white space is laid out as prettier does', async () => {
    await fc.assert(
      fc.asyncProperty(formattedJson, blank, blank, async (json, before, after) => {
        const written = `${before}${json}${after}`;
        if (hasProtoKey(written)) await expectPrettierOrNothing(written);
        else await expectPrettier(written);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 120_000);
});
