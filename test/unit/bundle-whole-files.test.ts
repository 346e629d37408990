import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleWholeFiles, type BundleLog } from '../../generator/load/bundle-whole-files.js';
import { bundleWithResolver } from '../../generator/load/bundle-with-resolver.js';
import { parseSpecText } from '../../generator/load/parse-document.js';
import { SourceLocator } from '../../generator/load/source-locator.js';
import { describeWithShared, REAL_SRC_SPEC } from '../support/shared.js';

const scratch = mkdtempSync(join(tmpdir(), 'sdkgen-bundle-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let counter = 0;
/** Writes a spec's files into a fresh folder; returns the root file. */
function spec(contents: Record<string, string>): string {
  const dir = join(scratch, `case-${++counter}`);
  for (const [path, text] of Object.entries(contents)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return join(dir, 'openapi.yaml');
}

function rootDocument(root: string): Record<string, unknown> {
  const parsed = parseSpecText(readFileSync(root, 'utf8'), root);
  if (!parsed.ok) throw new Error(parsed.diagnostic.message);
  return parsed.value as Record<string, unknown>;
}

const emptyLog = (): BundleLog => ({ files: new Set(), rewrites: { count: 0, files: new Set() } });

/** Both bundlers on the same spec: what each made and logged. */
async function bothBundles(root: string) {
  const quickLog = emptyLog();
  const quick = bundleWholeFiles(rootDocument(root), root, quickLog);
  const resolverLog = emptyLog();
  const document = rootDocument(root);
  const resolved = await bundleWithResolver(document, root, new SourceLocator(root, document), resolverLog, {});
  return { quick, quickLog, resolved, resolverLog };
}

async function expectSameAsResolver(root: string): Promise<void> {
  const { quick, quickLog, resolved, resolverLog } = await bothBundles(root);
  expect(quick, 'the spec should take the fast path').toBeDefined();
  if (!resolved.ok) throw new Error('the resolver failed: ' + JSON.stringify(resolved.diagnostics));
  // Serialised: key order is part of the result (the generated SDK follows it).
  expect(JSON.stringify(quick)).toBe(JSON.stringify(resolved.document));
  expect([...quickLog.files].sort()).toEqual([...resolverLog.files].sort());
  expect(quickLog.rewrites.count).toBe(resolverLog.rewrites.count);
  expect([...quickLog.rewrites.files].sort()).toEqual([...resolverLog.rewrites.files].sort());
}

/** The fast path declines, and leaves the root document as it was for the resolver. */
function expectDeclined(root: string): void {
  const document = rootDocument(root);
  const before = structuredClone(document);
  const log = emptyLog();
  expect(bundleWholeFiles(document, root, log)).toBeUndefined();
  expect(document).toEqual(before);
  expect(log.files.size + log.rewrites.count).toBe(0);
}

const voipbinStyleRoot = `openapi: 3.0.3
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
        tags: { $ref: 'openapi.yaml#/components/schemas/Tags' }
    Tags: { type: array, items: { type: string } }
    Alias: { $ref: '#/components/schemas/Call' }
  responses:
    NotFound:
      description: not found
`;

const callsFile = `get:
  summary: List calls
  responses:
    '200':
      description: ok
      content:
        application/json:
          schema:
            type: array
            items:
              $ref: '#/components/schemas/Call'
`;

const callFile = `get:
  parameters:
    - $ref: '../common/id-parameter.yaml'
  responses:
    '200':
      description: ok
      content:
        application/json:
          schema:
            $ref: '#/components/schemas/Call'
          examples:
            one: { value: { id: 'a' } }
    '404':
      $ref: '#/components/responses/NotFound'
`;

const idParameter = `name: id
in: path
required: true
schema:
  $ref: '#/components/schemas/Tags/items'
`;

describe('bundleWholeFiles', () => {
  it('bundles a VoIPBIN-style source exactly as swagger-parser does, nested whole-file refs included', async () => {
    await expectSameAsResolver(
      spec({ 'openapi.yaml': voipbinStyleRoot, 'paths/calls/main.yaml': callsFile, 'paths/calls/id.yaml': callFile, 'paths/common/id-parameter.yaml': idParameter }),
    );
  });

  it('declines a file named twice (the resolver inlines it once and points the other use there)', async () => {
    const root = spec({
      'openapi.yaml': voipbinStyleRoot.replace("'./paths/calls/id.yaml'", "'./paths/calls/main.yaml'"),
      'paths/calls/main.yaml': callsFile,
    });
    expectDeclined(root);
  });

  it('declines refs to part of a file, to a pointer a file resolves itself, and a file ref with siblings', () => {
    const partOf = spec({
      'openapi.yaml': voipbinStyleRoot.replace("'./paths/calls/id.yaml'", "'./paths/items.yaml#/call'"),
      'paths/calls/main.yaml': callsFile,
      'paths/items.yaml': `call:\n${callFile.replace(/^/gm, '  ')}`,
    });
    expectDeclined(partOf);
    const ownPointer = spec({
      'openapi.yaml': voipbinStyleRoot,
      'paths/calls/main.yaml': callsFile.replace("'#/components/schemas/Call'", "'#/get/summary'"),
      'paths/calls/id.yaml': callFile.replace("    - $ref: '../common/id-parameter.yaml'\n", ''),
    });
    expectDeclined(ownPointer);
    const withSiblings = spec({
      'openapi.yaml': voipbinStyleRoot.replace("$ref: './paths/calls/id.yaml'", "{ $ref: './paths/calls/id.yaml', summary: 'extended' }"),
      'paths/calls/main.yaml': callsFile,
      'paths/calls/id.yaml': callFile.replace("    - $ref: '../common/id-parameter.yaml'\n", ''),
    });
    expectDeclined(withSiblings);
  });

  it('declines pointers the resolver would rewrite: through a $ref, into a bundled file, or with characters it escapes', () => {
    const cases = ["'#/components/schemas/Alias'", "'#/components/schemas/Alias/properties'", "'#/paths/~1calls/get'", "'#/components/schemas/My Call'", "'#/components/schemas/Café'", "'#'"];
    for (const target of cases) {
      const root = spec({
        'openapi.yaml': voipbinStyleRoot
          .replace("'#/components/schemas/Call' }", `${target} }`)
          .replace('    Tags:', '    My Call: { type: string }\n    Café: { type: string }\n    Tags:'),
        'paths/calls/main.yaml': callsFile,
        'paths/calls/id.yaml': callFile.replace("    - $ref: '../common/id-parameter.yaml'\n", ''),
      });
      expectDeclined(root);
    }
  });

  it('declines what only the resolver reports: a missing file, a broken one, a dangling pointer, a version it refuses', () => {
    const files = { 'paths/calls/main.yaml': callsFile, 'paths/calls/id.yaml': callFile.replace("    - $ref: '../common/id-parameter.yaml'\n", '') };
    expectDeclined(spec({ 'openapi.yaml': voipbinStyleRoot, 'paths/calls/main.yaml': callsFile }));
    expectDeclined(spec({ 'openapi.yaml': voipbinStyleRoot, ...files, 'paths/calls/main.yaml': 'get: [unclosed' }));
    expectDeclined(spec({ 'openapi.yaml': voipbinStyleRoot.replace("'#/components/schemas/Call' }", "'#/components/schemas/Nothing' }"), ...files }));
    expectDeclined(spec({ 'openapi.yaml': voipbinStyleRoot.replace('openapi: 3.0.3', 'openapi: 3.0'), ...files }));
    expectDeclined(spec({ 'openapi.yaml': voipbinStyleRoot.replace("version: '1'", 'version: 1'), ...files }));
  });
});

describeWithShared("bundleWholeFiles on VoIPBIN's own multi-file source", () => {
  it('gives the document swagger-parser gives, key order included', async () => {
    await expectSameAsResolver(REAL_SRC_SPEC);
  });
});
