import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { blockLineFinder } from '../../generator/load/yaml-block-lines.js';
import { documentLineFinder } from '../../generator/load/yaml-document-lines.js';
import { describeWithShared, readRealSourceYaml } from '../support/shared.js';

/**
 * Every pointer of the document as `yaml` reads it, and below each one tokens that are missing
 * (or that `Number()` reads as an index: `01`, `-0`, ``), so the nearest-ancestor answers are checked too.
 */
function pointersOf(text: string): string[][] {
  const pointers: string[][] = [];
  const visit = (node: unknown, tokens: string[]): void => {
    pointers.push(tokens, ...['no such key', '0', '01', '-0', '', '999'].map((token) => [...tokens, token]));
    if (isMap(node)) for (const pair of node.items) if (isScalar(pair.key)) visit(pair.value, [...tokens, String(pair.key.value)]);
    if (isSeq(node)) node.items.forEach((item, index) => visit(item, [...tokens, String(index)]));
  };
  visit(parseDocument(text, { uniqueKeys: false }).contents as Node | null, []);
  return pointers;
}

/** Pointers whose line differs between the scan (or its fallback) and the `yaml` document, at most five. */
function differences(text: string): string[] {
  const reference = documentLineFinder(text);
  const finder = blockLineFinder(text) ?? reference;
  const found: string[] = [];
  for (const tokens of pointersOf(text)) {
    const [expected, actual] = [reference(tokens), finder(tokens)];
    if (expected !== actual && found.push(`/${tokens.join('/')}: ${actual} instead of ${expected}`) === 5) break;
  }
  return found;
}

/** Valid YAML the scan must read itself. */
const scanned: [string, string][] = [
  ['block scalars whose lines look like keys, items and comments', 'description: |\n  key: value\n  - item\n  # not a comment\nnext: 1\nfolded: >-\n    a: b\n\n    c: d\n  # trailing comment\nlast:\n  - |\n    x: y\n  - after\nkeep: |+\n  text\n\n\nstrip: >\n  folded\n   more indented\n\n# end\n'],
  ['comments everywhere', '# head\n\na: 1 # trailing\n  # deeper comment\nb:\n  # before the child\n  c: 2\n# between\nd:\n  - x # c\n  # in a sequence\n  - y\n#tail\n'],
  ['quoted keys and colons inside keys', "'200': ok\n\"404\": missing\n'it''s': a\n\"a: b\": c\n'x:y': d\nurl: http://example.com:8080/a\n'/calls/{id}':\n  get: 1\n/plain/{id}: 2\na b : 3\na:b: 4\n\"#c\": 5\na#b: 6\nit's: 7\n'q' : 8\n"],
  ['sequences of mappings and nested sequences', 'list:\n  - name: a\n    value: 1\n  -   name: b\n      value: 2\n  -\n    name: c\n  - - x\n    - y\n  - - - deep\n  -\n  - # comment\n    k: v\n  -\n\n    - under an empty dash\nsame:\n- a\n- b: 1\n  c: 2\n  d:\n  - e\n  f: 3\nafter: 1\n'],
  ['a root sequence', '- a\n- b: 1\n  c:\n    - d\n-\n- - e\n'],
  ['empty values', "a:\nb: ~\nc: null\nd: ''\ne:\n  f:\ng:\n"],
  ['one-line flow collections', "enum: [a, b, 'c, d', \"e]\"]\nmap: {a: 1, b: [2, 3]}\nitems:\n  - [1, 2]\n  - {k: v}\n  - x\nempty: []\nnext:\n  [3, 4]\nquoted: {a: 'b]', \"c\": [d]}  # after\n"],
  ['plain keys the core schema reads as other types', '200: a\n+1: b\n007: c\n-0: d\ntrue: e\nFalse: f\n~: g\nnull: h\n12345678901234567890: i\nyes: j\n1_000: k\n2XX: l\n-x: m\n?y: n\n:z: o\n'],
  ['multi-line plain and quoted scalars', 'a: this is\n  long text - with dashes\n\n  and more\nindicators: text\n  `code` and\n  - not an item\n  [link] {x} &a *b !t |p >f\n  ? q %y @z ,c ]d }e\n  \'q\' "q" :x\n  ---\nb: "quoted\n  over lines: with a colon"\nc: \'single\n  \'\'quoted\'\' too\'\nd: "escaped \\" quote\n  and \\\n  continued"\ne:\n  plain on\n  next lines\nf:\n  - over\n    two lines\n  - "quoted\n    item"\n  - next\ng: 1\n'],
  ['a repeated key: the first one is found', 'a: 1\nb:\n  c: 2\na:\n  d: 3\n'],
  ['CRLF line endings', 'a: 1\r\nb:\r\n  - x\r\n  - y: 2\r\n    z: |\r\n      t\r\n\r\n      u\r\nc: "q\r\n  r"\r\n'],
  ['a document start marker', '# before\n---\n# after\na: 1\nb:\n  c: 2\n'],
  ['an indented root', '  a: 1\n  b:\n    - c\n'],
  ['comments only', '# nothing\n\n'],
  ['nothing', ''],
  ['a merge key read as a plain key', '<<: {a: 1}\nb: 2\n'],
];

/** YAML left to the `yaml` package (the answers must still be the same). */
const fallback: [string, string][] = [
  ['a flow collection over several lines', 'a: [1,\n  2]\nb: 1\n'],
  ['a quote inside a plain scalar of a flow collection', "a: [it's, b]\n"],
  ['anchors and aliases', 'base: &b\n  x: 1\nuse: *b\n'],
  ['tags', 'a: !!str 1\nb: 2\n'],
  ['a complex key', '? a\n: 1\nb: 2\n'],
  ['a key with escapes', '"a\\tb": 1\n'],
  ['plain keys read as floats or hexadecimal integers', '1.0: x\n0x1F: y\n.inf: z\n'],
  ['a BOM', '\uFEFFa: 1\nb:\n  c: 2\n'],
  ['a tab', 'a:\n  b: 1\t# after a tab\n'],
  ['two documents', 'a: 1\n---\nb: 2\n'],
  ['a document end marker', 'a: 1\n...\n'],
  ['a document of only a start marker', '# c\n---\n\n'],
  ['a root scalar', 'just text\n'],
  ['a directive', '%YAML 1.2\n---\na: 1\n'],
];

describe('blockLineFinder: the lines of the `yaml` document, from a line scan', () => {
  it.each(scanned)('%s: scanned, same lines', (_, text) => {
    expect(parseDocument(text, { uniqueKeys: false }).errors).toEqual([]);
    expect(blockLineFinder(text)).toBeDefined();
    expect(differences(text)).toEqual([]);
  });

  it.each(fallback)('%s: left to `yaml`, same lines', (_, text) => {
    expect(blockLineFinder(text)).toBeUndefined();
    expect(differences(text)).toEqual([]);
  });

  it('finds keys, items and the nearest ancestor of a missing token', () => {
    const find = blockLineFinder('a:\n  - b: 1\n    c:\n      d: 2\n  -\n    e\n') as (tokens: string[]) => number | undefined;
    expect([[], ['a'], ['a', '0', 'c', 'd'], ['a', '1'], ['a', '0', 'c', 'x'], ['a', '0', 'b', 'deeper'], ['z']].map(find)).toEqual([1, 1, 4, 6, 3, 2, 1]);
  });
});

describeWithShared('blockLineFinder on the real multi-file source', () => {
  it('scans every file of VoIPBIN’s source and gives the lines of the `yaml` document for every pointer', () => {
    const sources = readRealSourceYaml();
    expect(sources.length).toBeGreaterThan(100);
    for (const { file, text } of sources) {
      expect(blockLineFinder(text), file).toBeDefined();
      expect(differences(text), file).toEqual([]);
    }
  });
});
