import { describe, expect, it } from 'vitest';
import { jsonPointerLines } from '../../generator/load/json-lines.js';

/** The 1-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" is not in the text`);
  return index + 1;
}

const spec = {
  openapi: '3.0.3',
  info: { title: 'T', version: '1' },
  paths: {
    '/calls/{id}': {
      get: {
        parameters: [{ name: 'id', in: 'path' }, { name: 'q', in: 'query' }],
        responses: { '200': { description: 'ok' }, '404': { description: 'missing' } },
      },
    },
    '/a~b': { post: { responses: {} } },
  },
};
const text = JSON.stringify(spec, null, 2);

describe('jsonPointerLines', () => {
  it('finds the line of object members and array items at any depth', () => {
    const wanted = [
      '#/openapi',
      '#/paths/~1calls~1{id}/get',
      '#/paths/~1calls~1{id}/get/parameters/1',
      '#/paths/~1calls~1{id}/get/parameters/1/name',
      '#/paths/~1calls~1{id}/get/responses/404',
    ];
    const lines = jsonPointerLines(text, new Set(wanted));
    expect(Object.fromEntries(lines)).toEqual({
      '#/openapi': lineOf(text, '"openapi"'),
      '#/paths/~1calls~1{id}/get': lineOf(text, '"get"'),
      '#/paths/~1calls~1{id}/get/parameters/1': lineOf(text, '"q"') - 1,
      '#/paths/~1calls~1{id}/get/parameters/1/name': lineOf(text, '"q"'),
      '#/paths/~1calls~1{id}/get/responses/404': lineOf(text, '"404"'),
    });
  });

  it('matches keys escaped as JSON pointer tokens (~1 for /, ~0 for ~)', () => {
    const lines = jsonPointerLines(text, new Set(['#/paths/~1a~0b/post', '#/paths/~1a~0b']));
    expect(lines.get('#/paths/~1a~0b')).toBe(lineOf(text, '"/a~b"'));
    expect(lines.get('#/paths/~1a~0b/post')).toBe(lineOf(text, '"post"'));
  });

  it('decodes JSON escapes in keys and skips escaped quotes and newlines in strings', () => {
    const source = [
      '{',
      '  "description": "say \\"hi\\"\\nthen \\\\ leave",',
      '  "paths": {',
      '    "\\/calls\\u002F{id}": {',
      '      "get": {}',
      '    }',
      '  },',
      '  "after": 1',
      '}',
    ].join('\n');
    expect(JSON.parse(source)).toHaveProperty(['paths', '/calls/{id}']);
    const lines = jsonPointerLines(source, new Set(['#/paths/~1calls~1{id}/get', '#/after', '#/description']));
    expect(Object.fromEntries(lines)).toEqual({ '#/description': 2, '#/paths/~1calls~1{id}/get': 5, '#/after': 8 });
  });

  it('counts newlines inside minified and pretty text alike', () => {
    const minified = JSON.stringify(spec);
    expect(jsonPointerLines(minified, new Set(['#/paths/~1calls~1{id}/get/responses/404'])).get('#/paths/~1calls~1{id}/get/responses/404')).toBe(1);
    const crlf = text.replace(/\n/g, '\r\n');
    expect(jsonPointerLines(crlf, new Set(['#/info/version'])).get('#/info/version')).toBe(lineOf(text, '"version"'));
  });

  it('gives the root the line of the first value, and leaves out pointers that do not exist', () => {
    const lines = jsonPointerLines('\n\n' + text, new Set(['#', '#/nope', '#/paths/~1calls~1{id}/get/parameters/7']));
    expect([...lines]).toEqual([['#', 3]]);
  });

  it('handles empty objects and arrays and scalars of every kind', () => {
    const source = '{\n"a": {},\n"b": [],\n"c": [true, false, null, -1.5e3, "x"],\n"d": 1\n}';
    const lines = jsonPointerLines(source, new Set(['#/a', '#/b', '#/c/3', '#/c/4', '#/d']));
    expect(Object.fromEntries(lines)).toEqual({ '#/a': 2, '#/b': 3, '#/c/3': 4, '#/c/4': 4, '#/d': 5 });
  });

  it('does no work for an empty set of pointers', () => {
    expect(jsonPointerLines('{ not even json', new Set()).size).toBe(0);
  });

  it('skips values that hold nothing requested, strings with brackets, quotes and commas included, and keeps counting lines', () => {
    const skipped = { a: { '}': ['x", {', 1, true, null, { b: '] ,' }], 'c\\"': 'd\n' }, e: [[1, 2], []], target: { name: 'here' } };
    const pretty = JSON.stringify(skipped, null, 2);
    expect(Object.fromEntries(jsonPointerLines(pretty, new Set(['#/target/name', '#/e/1'])))).toEqual({
      '#/target/name': lineOf(pretty, '"here"'),
      '#/e/1': lineOf(pretty, '[]'),
    });
    const minified = JSON.stringify(skipped).replace('"target"', '\n"target"');
    expect(Object.fromEntries(jsonPointerLines(minified, new Set(['#/target/name'])))).toEqual({ '#/target/name': 2 });
  });
});
