import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpec, type LoadedSpec, type LoadResult } from '../../generator/load/load-spec.js';

const root = mkdtempSync(join(tmpdir(), 'sdkgen-load-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let counter = 0;
/** Writes files into a fresh folder under the temp root; returns the folder. */
function files(contents: Record<string, string>): string {
  const dir = join(root, `case-${++counter}`);
  for (const [path, text] of Object.entries(contents)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function loaded(result: LoadResult): LoadedSpec {
  if (!result.ok) throw new Error('expected the spec to load: ' + JSON.stringify(result.diagnostics, null, 2));
  return result.spec;
}

function failed(result: LoadResult) {
  if (result.ok) throw new Error('expected the spec to fail');
  return result.diagnostics;
}

const nodeSchema = {
  type: 'object',
  properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } },
};

const jsonSpec = {
  openapi: '3.0.3',
  info: { title: 'JSON', version: '1.0.0' },
  paths: { '/nodes': { get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } } } } } } },
  components: { schemas: { Node: nodeSchema } },
};

const yamlRoot = `openapi: 3.1.0
info:
  title: YAML
  version: 2.0.0
paths:
  /calls:
    get:
      responses:
        '200':
          description: ok
`;

describe('loadSpec', () => {
  it('loads a single JSON file', async () => {
    const dir = files({ 'openapi.json': JSON.stringify(jsonSpec, null, 2) });
    const spec = loaded(await loadSpec(join(dir, 'openapi.json')));
    expect(spec.openapi).toBe('3.0');
    expect(spec.source).toEqual({ location: join(dir, 'openapi.json'), isUrl: false });
    expect(spec.document).toEqual(jsonSpec);
    expect(spec.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(spec.diagnostics).toEqual([]);
  });

  it('loads a YAML file, relative to cwd', async () => {
    const dir = files({ 'api/openapi.yaml': yamlRoot });
    const spec = loaded(await loadSpec('api/openapi.yaml', { cwd: dir }));
    expect(spec.openapi).toBe('3.1');
    expect(spec.source.location).toBe(join(dir, 'api/openapi.yaml'));
    expect(spec.document.info).toEqual({ title: 'YAML', version: '2.0.0' });
  });

  it('keeps circular schemas as refs', async () => {
    const dir = files({ 'openapi.json': JSON.stringify(jsonSpec) });
    const spec = loaded(await loadSpec(join(dir, 'openapi.json')));
    const schemas = (spec.document.components as { schemas: Record<string, typeof nodeSchema> }).schemas;
    expect(schemas.Node!.properties.children.items).toEqual({ $ref: '#/components/schemas/Node' });
  });

  it('bundles a multi-file spec with relative refs into one document with internal refs only', async () => {
    const dir = files({
      'openapi.yaml': `openapi: 3.0.3
info: { title: Multi, version: '1' }
paths:
  /calls:
    $ref: './paths/calls.yaml'
components:
  schemas:
    Call:
      $ref: './schemas/call.yaml'
`,
      'paths/calls.yaml': `get:
  responses:
    '200':
      description: ok
      content:
        application/json:
          schema:
            $ref: '../schemas/call.yaml'
`,
      'schemas/call.yaml': `type: object
properties:
  id:
    type: string
  next:
    $ref: '#'
`,
    });
    const spec = loaded(await loadSpec(join(dir, 'openapi.yaml')));
    // The schema file is inlined once, where the root names it; every other use (and its own `#`) refers there.
    expect(spec.document).toEqual({
      openapi: '3.0.3',
      info: { title: 'Multi', version: '1' },
      paths: {
        '/calls': {
          get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Call' } } } } } },
        },
      },
      components: {
        schemas: { Call: { type: 'object', properties: { id: { type: 'string' }, next: { $ref: '#/components/schemas/Call' } } } },
      },
    });
    expect(spec.diagnostics.filter((d) => d.code === 'root-relative-refs')).toEqual([]);
    expect(spec.locator.files()).toEqual([join(dir, 'openapi.yaml'), join(dir, 'paths/calls.yaml')]);
  });

  it('resolves VoIPBIN-style root-relative #/components refs in path files, with one info diagnostic', async () => {
    const dir = files({
      'openapi.yaml': `openapi: 3.0.3
info: { title: VoIPBIN-style, version: '1' }
paths:
  /calls:
    $ref: './paths/calls/main.yaml'
  /calls/{id}:
    $ref: './paths/calls/id.yaml'
components:
  schemas:
    Call:
      type: object
      properties:
        id: { type: string }
        parent: { $ref: '#/components/schemas/Call' }
  responses:
    NotFound:
      description: not found
`,
      'paths/calls/main.yaml': `get:
  responses:
    '200':
      description: ok
      content:
        application/json:
          schema:
            type: array
            items:
              $ref: '#/components/schemas/Call'
`,
      'paths/calls/id.yaml': `get:
  parameters:
    - name: id
      in: path
      required: true
      schema: { type: string }
  responses:
    '200':
      description: ok
      content:
        application/json:
          schema:
            $ref: '#/components/schemas/Call'
    '404':
      $ref: '#/components/responses/NotFound'
`,
    });
    const spec = loaded(await loadSpec(join(dir, 'openapi.yaml')));
    expect(spec.diagnostics).toHaveLength(1);
    expect(spec.diagnostics[0]).toMatchObject({ code: 'root-relative-refs', severity: 'info', file: join(dir, 'openapi.yaml') });
    expect(spec.diagnostics[0]!.message).toMatch(/^3 \$ref\(s\) in 2 file\(s\)/);
    const text = JSON.stringify(spec.document);
    expect(text).not.toContain('.yaml');
    expect(text).toContain('"$ref":"#/components/schemas/Call"');
    const schemas = (spec.document.components as { schemas: { Call: { properties: { parent: unknown } } } }).schemas;
    expect(schemas.Call.properties.parent).toEqual({ $ref: '#/components/schemas/Call' });
  });

  it('gives the same hash under key reordering, and a different one for different content', async () => {
    const reordered = {
      components: jsonSpec.components,
      paths: jsonSpec.paths,
      info: { version: '1.0.0', title: 'JSON' },
      openapi: '3.0.3',
    };
    const dir = files({
      'a.json': JSON.stringify(jsonSpec),
      'b.json': JSON.stringify(reordered, null, 4),
      'c.yaml': `openapi: 3.0.3\ninfo:\n  version: 1.0.0\n  title: JSON\n${'paths: ' + JSON.stringify(jsonSpec.paths)}\ncomponents: ${JSON.stringify(jsonSpec.components)}\n`,
      'd.json': JSON.stringify({ ...jsonSpec, info: { title: 'JSON', version: '1.0.1' } }),
    });
    const [a, b, c, d] = await Promise.all(['a.json', 'b.json', 'c.yaml', 'd.json'].map(async (name) => loaded(await loadSpec(join(dir, name))).hash));
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(d).not.toBe(a);
  });

  it('reports each dangling local ref with file, line and pointer, at each place it is (a YAML alias included), in document order', async () => {
    const dir = files({
      'openapi.yaml': `openapi: 3.0.3
info: { title: T, version: '1' }
paths:
  /calls:
    get:
      responses:
        '200': &broken
          $ref: '#/components/responses/Missing'
        '404':
          $ref: '#/components/responses/Found'
  /flows:
    get:
      responses:
        '200': *broken
        '500':
          $ref: '#/components/responses/AlsoMissing'
components:
  responses:
    Found: { description: ok }
`,
    });
    const diagnostics = failed(await loadSpec(join(dir, 'openapi.yaml')));
    expect(diagnostics[0]).toEqual(
      expect.objectContaining({ code: 'dangling-ref', severity: 'fatal', file: join(dir, 'openapi.yaml'), line: 7, pointer: '#/paths/~1calls/get/responses/200' }),
    );
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.pointer, diagnostic.line])).toEqual([
      ['dangling-ref', '#/paths/~1calls/get/responses/200', 7],
      ['dangling-ref', '#/paths/~1flows/get/responses/200', 14],
      ['dangling-ref', '#/paths/~1flows/get/responses/500', 15],
    ]);
    expect(diagnostics[2]!.message).toContain('#/components/responses/AlsoMissing');
  });

  it('reports a missing referenced file', async () => {
    const dir = files({ 'openapi.yaml': `openapi: 3.0.3\ninfo: { title: T, version: '1' }\npaths:\n  /calls:\n    $ref: './paths/nope.yaml'\n` });
    const diagnostics = failed(await loadSpec(join(dir, 'openapi.yaml')));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.severity).toBe('fatal');
    expect(diagnostics[0]!.message).toContain('nope.yaml');
  });

  it('reports only the parse error of a broken path file, naming that file and line', async () => {
    const dir = files({
      'openapi.yaml': `openapi: 3.0.3\ninfo: { title: T, version: '1' }\npaths:\n  /calls:\n    $ref: './paths/calls.yaml'\n`,
      'paths/calls.yaml': `get:\n  responses:\n    '200':\n      description: ok: really\n`,
    });
    const diagnostics = failed(await loadSpec(join(dir, 'openapi.yaml')));
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'spec-syntax', severity: 'fatal', file: join(dir, 'paths/calls.yaml'), line: 4 })]);
  });

  it('rejects a .json file that is not strict JSON, even where YAML would read it', async () => {
    const dir = files({
      'trailing.json': '{\n  "openapi": "3.0.3",\n  "info": {"title": "T", "version": "1"},\n  "paths": {},\n}\n',
      'literal.json': '{\n  "openapi": "3.0.3",\n  "info": {"title": "T", "version": "1"},\n  "paths": {"/a": {"get": {"deprecated": tru, "responses": {}}}}\n}\n',
    });
    const trailing = failed(await loadSpec(join(dir, 'trailing.json')));
    expect(trailing).toEqual([expect.objectContaining({ code: 'spec-syntax', file: join(dir, 'trailing.json'), line: 5 })]);
    expect(trailing[0]!.message).toMatch(/^Invalid JSON in .*trailing\.json at line 5, column 1: /);
    const literal = failed(await loadSpec(join(dir, 'literal.json')));
    expect(literal).toEqual([expect.objectContaining({ code: 'spec-syntax', line: 4 })]);
    // Column of the character after `tru`, where the literal stops being `true`.
    const column = '  "paths": {"/a": {"get": {"deprecated": tru,'.indexOf('tru,') + 4;
    expect(literal[0]!.message).toContain(`line 4, column ${column}:`);
  });

  it('refuses Swagger 2.0, unsupported versions and specs without paths', async () => {
    const dir = files({
      'swagger.json': JSON.stringify({ swagger: '2.0', info: {}, paths: {} }),
      'v4.yaml': 'openapi: 4.0.0\npaths: {}\n',
      'none.yaml': 'info: {title: T}\npaths: {}\n',
      'nopaths.yaml': 'openapi: 3.0.0\ninfo: {title: T, version: "1"}\n',
      'list.yaml': '- openapi\n',
    });
    const code = async (name: string) => failed(await loadSpec(join(dir, name))).map((d) => d.code);
    expect(await code('swagger.json')).toEqual(['swagger-2-unsupported']);
    expect(await code('v4.yaml')).toEqual(['openapi-version-unsupported']);
    expect(await code('none.yaml')).toEqual(['openapi-version-missing']);
    expect(await code('nopaths.yaml')).toEqual(['spec-no-paths']);
    expect(await code('list.yaml')).toEqual(['spec-not-object']);
  });

  it('reports a missing file and an empty one', async () => {
    const dir = files({ 'empty.yaml': '  \n' });
    expect(failed(await loadSpec(join(dir, 'missing.yaml')))).toEqual([
      expect.objectContaining({ code: 'spec-unreadable', file: join(dir, 'missing.yaml') }),
    ]);
    expect(failed(await loadSpec(join(dir, 'empty.yaml')))).toEqual([expect.objectContaining({ code: 'spec-empty', file: join(dir, 'empty.yaml') })]);
  });
});
