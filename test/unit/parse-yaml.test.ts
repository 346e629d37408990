import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { firstVisibleChar, parseSpecText } from '../../generator/load/parse-document.js';
import { describeWithShared, readRealSourceYaml } from '../support/shared.js';

/** What `yaml` alone reads, the reference the quick js-yaml path must equal. */
const fullRead = (text: string) => parseDocument(text, { uniqueKeys: false }).toJS({ maxAliasCount: 10_000 }) as unknown;
const read = (text: string) => {
  const result = parseSpecText(text, 'spec.yaml');
  if (!result.ok) throw new Error(result.diagnostic.message);
  return result.value;
};

describe('YAML reading (js-yaml for plain YAML, yaml for the rest)', () => {
  it.each([
    ['scalars of the 1.2 core schema', 'a: yes\nb: 0o17\nc: 0x1F\nd: 1e3\ne: .inf\nf: ~\ng: 2026-01-01\nh: "1"\ni: 1_000\n'],
    ['a repeated key keeps its last value', 'a: 1\na: 2\n'],
    ['block scalars', 'd: |\n  line one\n  line two\nf: >-\n  folded\n  text\n'],
    ['anchors and aliases', 'base: &b\n  type: string\nuse: *b\nalso: *b\n'],
    ['tags', 'a: !!str 123\nb: !!int "7"\n'],
    ['a merge key', 'base: &b { x: 1 }\nuse:\n  <<: *b\n  y: 2\n'],
    ['a YAML 1.1 directive', '%YAML 1.1\n---\na: yes\n'],
    ['prose with *, & and !', 'description: Keys 0-9, *, # & more! *bold* and &amp;\n'],
  ])('%s read as `yaml` reads them', (_, text) => {
    expect(read(text)).toEqual(fullRead(text));
  });

  it('still refuses an alias bomb (yaml reads aliases, with its limit)', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`)].join('\n');
    expect(() => read(bomb)).toThrow();
  });

  it('finds the first visible character as trimStart would, without trimming', () => {
    const blanks = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\ufeff', '\u2028', '\u2029', '\u3000', '\u200b'];
    for (const blank of blanks) {
      for (const text of [blank, `${blank}{"a":1}`, `${blank}${blank}openapi: 3.0.0`, `${blank}[1]${blank}`]) {
        expect(firstVisibleChar(text), JSON.stringify(text)).toBe(text.trimStart()[0]);
      }
    }
    expect(firstVisibleChar('')).toBeUndefined();
  });

  it('reads JSON after a byte order mark or blank lines as JSON, and a blank text as empty', () => {
    expect(read('\ufeff\n  {"a": [1, 2]}')).toEqual({ a: [1, 2] });
    const blank = parseSpecText(' \n\t\u00a0', 'spec.json');
    expect(blank.ok || blank.diagnostic.code).toBe('spec-empty');
  });

  it('reports a syntax error with its line, as before', () => {
    const result = parseSpecText('a: 1\nb: [unclosed\nc: 2\n', 'spec.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostic.message).toMatch(/spec\.yaml at line \d+, column \d+/);
  });
});

describeWithShared('YAML reading on the real multi-file source', () => {
  it('reads every file of VoIPBIN’s source exactly as `yaml` does', () => {
    const sources = readRealSourceYaml();
    expect(sources.length).toBeGreaterThan(100);
    for (const { file, text } of sources) {
      expect(read(text), file).toEqual(fullRead(text));
    }
  });
});
