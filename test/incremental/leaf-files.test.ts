import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLeafMemo } from '../../generator/incremental/leaf-cache.js';
import { LeafFiles, type LeafMemo } from '../../generator/load/leaf-files.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { LEAF_CACHE_FILE } from '../../generator/write/manifest.js';
import { describeWithShared, REAL_SRC_SPEC } from '../support/shared.js';
import { expectCacheOnDisk } from './cache-on-disk.js';
import { writeLeafSpec } from './tiny-spec.js';

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** loadSpec through a leaf memo made from `previous`, and the memo it leaves for the next run. */
async function loadedWith(root: string, previous?: LeafMemo) {
  const leaves = new LeafFiles(previous);
  const result = await loadSpec(root, { leaves });
  return { result, memo: leaves.memo };
}

/** The same load with no memo at all: the bundle a run from scratch makes. */
async function expectAsFromScratch(root: string, previous: LeafMemo): Promise<LeafMemo> {
  const { result, memo } = await loadedWith(root, previous);
  const scratch = await loadSpec(root);
  expect(result.ok).toBe(scratch.ok);
  if (result.ok && scratch.ok) {
    expect(result.spec.hash).toBe(scratch.spec.hash);
    expect(result.spec.document).toEqual(scratch.spec.document);
    expect(result.spec.diagnostics).toEqual(scratch.spec.diagnostics);
  } else if (!result.ok && !scratch.ok) {
    expect(result.diagnostics).toEqual(scratch.diagnostics);
  }
  expect(result.files).toEqual(scratch.files);
  return memo;
}

describe('leaf files of a whole-file bundle', () => {
  it('remembers files that name no file and point into the root only through the rewrite; an edit is walked again', async () => {
    const spec = writeLeafSpec();
    folders.push(spec.dir);
    const first = await expectAsFromScratch(spec.root, new Map());
    expect([...first.values()]).toEqual([{ pointers: ['#/components/schemas/Call'], rewrites: 1 }, { pointers: ['#/components/schemas/Call'], rewrites: 1 }]);

    writeFileSync(spec.pathFile, readFileSync(spec.pathFile, 'utf8').replace('Get a call', 'Get one call'));
    const second = await expectAsFromScratch(spec.root, first);
    expect(second.size).toBe(2);
    expect([...second.keys()].filter((key) => first.has(key))).toHaveLength(1);
  });

  it('takes a recalled leaf as parsed: planted facts show, which is why the key holds the root, the file and its text', async () => {
    const spec = writeLeafSpec();
    folders.push(spec.dir);
    const { memo } = await loadedWith(spec.root);
    const planted = new Map([...memo].map(([key, facts]) => [key, { ...facts, rewrites: facts.rewrites + 10 }]));
    const { result } = await loadedWith(spec.root, planted);
    expect(result.ok && result.spec.diagnostics.find((diagnostic) => diagnostic.code === 'root-relative-refs')?.message).toMatch(/^22 \$ref/);
    // Another root for the same files: another key, so walked again.
    const moved = mkdtempSync(join(tmpdir(), 'sdkgen-leaves-'));
    folders.push(moved);
    cpSync(dirname(spec.root), moved, { recursive: true });
    const elsewhere = await loadedWith(join(moved, 'openapi.yaml'), planted);
    expect(elsewhere.result.ok && elsewhere.result.spec.diagnostics.find((diagnostic) => diagnostic.code === 'root-relative-refs')?.message).toMatch(/^2 \$ref/);
  });

  it('the regenerator keeps it on disk; a damaged, edited or other-build cache is not used', async () => {
    const spec = writeLeafSpec();
    folders.push(spec.dir);
    const config = { spec: 'api/openapi.yaml', cwd: spec.dir };
    await expectCacheOnDisk({ ...spec, config }, { file: LEAF_CACHE_FILE, read: readLeafMemo, tamper: ['"rewrites":1', '"rewrites":2'], size: 2 });
  });
});

describeWithShared('leaf files on the real multi-file source', () => {
  /** Edits of VoIPBIN's source after which the whole-file bundler still takes it, each to a copy holding the previous edits. */
  const EDITS: [string, (src: string) => void][] = [
    ['a description', (src) => change(src, 'paths/calls/id.yaml', (text) => text.replace('Returns detailed information about the specified call.', '$& Edited.'))],
    ['a ref written relative to the root file', (src) => change(src, 'paths/calls/id.yaml', (text) => text.replace("'#/components/", "'../../openapi.yaml#/components/"))],
    ['a path file that names another file', (src) => {
      writeFileSync(join(src, 'paths/calls/extra.yaml'), 'type: string\n');
      change(src, 'paths/calls/main.yaml', (text) => `${text}\nx-extra:\n  $ref: './extra.yaml'\n`);
    }],
    ['a ref holder with a ref beside it', (src) => change(src, 'paths/agents/main.yaml', (text) => `${text}\nx-pair:\n  $ref: '#/components/schemas/ErrorResponse'\n  x-beside:\n    $ref: '#/components/schemas/ErrorResponse'\n`)],
  ];
  /** Edits after which it is not: each from the state the edits above left. */
  const FALLBACKS: [string, (src: string) => void][] = [
    ['a pointer the leaves use removed from the root', (src) => change(src, 'openapi.yaml', (text) => text.replace(/\n    ErrorResponse:\n/, '\n    ErrorResponseGone:\n'))],
    ['a ref to a pointer the file itself holds', (src) => change(src, 'paths/calls/id.yaml', (text) => `${text}\nx-local:\n  $ref: '#/x-here'\nx-here: {}\n`)],
  ];

  it('every edit gives the bundle a load from scratch gives', async () => {
    const src = mkdtempSync(join(tmpdir(), 'sdkgen-leaves-real-'));
    folders.push(src);
    cpSync(dirname(REAL_SRC_SPEC), src, { recursive: true });
    const root = join(src, 'openapi.yaml');
    let memo = await expectAsFromScratch(root, new Map());
    expect(memo.size).toBeGreaterThan(250);
    for (const [what, edit] of EDITS) {
      edit(src);
      const next = await expectAsFromScratch(root, memo);
      // Recalled leaves are handed on as they were.
      expect([...next].filter(([key, facts]) => memo.get(key) === facts).length, what).toBeGreaterThan(250);
      memo = next;
    }
    for (const [, edit] of FALLBACKS) {
      const before = new Map(['openapi.yaml', 'paths/calls/id.yaml'].map((file) => [file, readFileSync(join(src, file), 'utf8')]));
      edit(src);
      await expectAsFromScratch(root, memo);
      for (const [file, text] of before) writeFileSync(join(src, file), text);
    }
  }, 180_000);
});

function change(src: string, file: string, edit: (text: string) => string): void {
  const path = join(src, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  expect(after, `${file} unchanged by the edit`).not.toBe(before);
  writeFileSync(path, after);
}
