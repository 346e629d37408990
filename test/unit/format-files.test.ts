import { afterEach, describe, expect, it } from 'vitest';
import { format } from 'prettier';
import { formatFiles } from '../../generator/format/format-files.js';
import { formatThreads, startFormatPool, type FormatPool } from '../../generator/format/format-pool.js';

const files = [
  { path: 'src/models.ts', contents: 'export interface A {   id: string; "name"?: string }\nexport type B = "x"|"y"\n' },
  { path: 'src/resources/calls.ts', contents: 'export class Calls { get(id: string) { return fetch(`/calls/${id}`, {method: "GET"}) } }\n' },
  { path: 'src/index.ts', contents: "export * from './models.js'\n" },
  { path: 'package.json', contents: '{"name":"sdk","version":"1.0.0"}' },
  { path: 'README.md', contents: '# SDK\n\n*  one\n*  two\n' },
  { path: 'src/core/client-core.ts', contents: 'const   verbatim = 1\n', verbatim: true },
  { path: 'LICENSE', contents: 'no parser  for this\n' },
];

describe('formatFiles', () => {
  let pool: FormatPool | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  it('formats TypeScript, JSON and Markdown, and leaves the copied runtime and unknown files as they are', async () => {
    const { files: formatted } = await formatFiles(files);
    expect(formatted.map((file) => file.path)).toEqual(files.map((file) => file.path));
    expect(formatted[0]!.contents).toBe("export interface A {\n  id: string;\n  name?: string;\n}\nexport type B = 'x' | 'y';\n");
    expect(formatted[3]!.contents).toBe('{ "name": "sdk", "version": "1.0.0" }\n');
    expect(formatted[5]!.contents).toBe(files[5]!.contents);
    expect(formatted[6]!.contents).toBe(files[6]!.contents);
  });

  it('keeps Markdown already in prettier\'s form without prettier, and formats the rest', async () => {
    const kept = { path: 'README.md', contents: '# SDK\n\n- one\n- two\n' };
    const { files: formatted, memo } = await formatFiles([kept, { path: 'docs/other.md', contents: files[4]!.contents }]);
    expect(formatted[0]!.contents).toBe(kept.contents);
    expect(formatted[1]!.contents).toBe('# SDK\n\n- one\n- two\n');
    expect(memo.size).toBe(1);
  });

  it('lays printed TypeScript out without prettier where it can, with the bytes prettier gives, and formats only the rest', async () => {
    const printed = [
      'import { type Alpha, type Bravo, type Charlie, type Delta, type Echo, type Foxtrot, type Golf } from "../core/index.js";',
      'export type Short = "a" | "b";',
      'export type Long = "alpha-alpha" | "bravo-bravo" | "charlie-charlie" | "delta-delta" | "echo-echo" | "foxtrot";',
      'export class Calls {',
      'get(id: string, options?: RequestOptions): ApiPromise<CallManagerCall, CallsGetErrorReason> {',
      'return this.#core.request<CallManagerCall>({ operation: "calls.get", method: "get", path: `/calls/${encodePathParam(id)}` }, options);',
      '}',
      '}',
      // A union holding a multi-line object is laid out like prettier; an intersection of two is left to it.
      'export type Mixed = string | {',
      'a: string;',
      '};',
      'export type Both = {',
      'a: string;',
      '} & {',
      'b: string;',
      '};',
      '',
    ].join('\n');
    const file = { path: 'src/resources/calls.ts', contents: printed, printed: true };
    const { files: laidOut, memo } = await formatFiles([file]);
    expect(laidOut[0]!.contents).toBe(await format(printed, { parser: 'babel-ts', singleQuote: true, printWidth: 110, trailingComma: 'all' }));
    // Only the statement with the intersection went through prettier.
    expect([...memo.values()].map((text) => text.split('\n')[0])).toEqual(['export type Both = {']);
    // The same text not from the printer is prettier's throughout.
    expect((await formatFiles([{ ...file, printed: false }])).memo.size).toBe(1);
  });

  it('sends prettier only the member it cannot vouch for, inside an empty declaration of its kind', async () => {
    const printed = [
      '/** A webhook. */',
      'export interface Hook {',
      '/**',
      ' * Markdown line break:  ',
      ' * one space dropped: ',
      ' *  ',
      ' */',
      'id: string;',
      'issue: {',
      'a: string;',
      '} | null | {',
      'b: number;',
      '};',
      'url?: string | null;',
      'both: {',
      'a: string;',
      '} & {',
      'b: string;',
      '};',
      '}',
      'export class Calls {',
      'get(): ApiPromise<void> {',
      'return this.#core.request<void>({ operation: "calls.get", method: "get", path: "/calls", response: "empty" }, options);',
      '}',
      '',
      'chain() {',
      'return a.b().c().d();',
      '}',
      '}',
      '',
    ].join('\n');
    const { files: laidOut, memo } = await formatFiles([{ path: 'src/models.ts', contents: printed, printed: true }]);
    expect(laidOut[0]!.contents).toBe(await format(printed, { parser: 'babel-ts', singleQuote: true, printWidth: 110, trailingComma: 'all' }));
    expect([...memo.values()].map((text) => text.split('\n')[0])).toEqual(['interface _ {', 'class _ {']);
  });

  it('gives the same files, in the same order, when worker threads share the work', async () => {
    pool = startFormatPool(2);
    expect((await formatFiles(files, pool)).files).toEqual((await formatFiles(files)).files);
  });

  it('rejects with prettier’s message when a worker cannot parse a file', async () => {
    pool = startFormatPool(1);
    const broken = [
      { path: 'src/a.ts', contents: 'export const a = {\n' },
      { path: 'src/b.ts', contents: 'export const b = 1;\n'.repeat(50) },
    ];
    await expect(formatFiles(broken, pool)).rejects.toThrow(/expected/i);
  });

  it("reuses the previous run's output for text it formatted before, and formats only what changed", async () => {
    const first = await formatFiles(files);
    const changed = files.map((file) => (file.path === 'src/index.ts' ? { ...file, contents: "export * from './models.js';export * from './calls.js'\n" } : file));
    const second = await formatFiles(changed, undefined, first.memo);
    expect(second.files).toEqual((await formatFiles(changed)).files);
    // Five files have a parser; one of them changed, so one entry is new and the stale one is gone.
    expect(second.memo.size).toBe(5);
    expect([...second.memo.keys()].filter((key) => !first.memo.has(key))).toHaveLength(1);
    // A memo whose entry was planted proves the text was taken from it rather than formatted again.
    const planted = new Map([...first.memo].map(([key, value]) => [key, value === first.files[0]!.contents ? 'from the memo\n' : value]));
    expect((await formatFiles(files, undefined, planted)).files[0]!.contents).toBe('from the memo\n');
  });

  it('starts one worker for prettier on four cores or more, none for small specs or on two cores', () => {
    expect(formatThreads(10, 16)).toBe(0);
    expect(formatThreads(410, 2)).toBe(0);
    expect(formatThreads(410, 4)).toBe(1);
    expect(formatThreads(410, 64)).toBe(1);
  });

  it('with a pool, leaves every prettier job to its workers', async () => {
    pool = startFormatPool(1);
    const withPool = await formatFiles(files, pool);
    expect(withPool.files).toEqual((await formatFiles(files)).files);
    expect(withPool.memo.size).toBe(5);
  });
});
