import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { format } from 'prettier';
import { formatFiles, type FormattedFiles } from '../../generator/format/format-files.js';
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

/** Lays printed TypeScript out and expects prettier's bytes, without prettier formatting any of it. */
async function expectLayoutAlone(path: string, printed: string): Promise<void> {
  const laidOut = await formatFiles([{ path, contents: printed, printed: true }]);
  expect(laidOut.files[0]!.contents).toBe(await format(printed, { parser: 'babel-ts', singleQuote: true, printWidth: 110, trailingComma: 'all' }));
  expect(prettierOutputs(laidOut)).toEqual([]);
}

/** prettier's outputs in a run's memo: its entries other than whole files. */
function prettierOutputs({ memo, keys }: FormattedFiles): string[] {
  const fileKeys = new Set(keys.values());
  return [...memo].filter(([key]) => !fileKeys.has(key)).map(([, text]) => text);
}

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

  it('lays strict JSON out without prettier, and leaves JSON with comments to it', async () => {
    const strict = { path: 'package.json', contents: '{"name":"sdk",\n\n"files":["dist","src"]}' };
    const commented = { path: 'tsconfig.json', contents: '{"strict":true // always\n}' };
    const result = await formatFiles([strict, commented]);
    const options = { parser: 'json', singleQuote: true, printWidth: 110, trailingComma: 'all' } as const;
    expect(result.files.map((file) => file.contents)).toEqual([await format(strict.contents, options), await format(commented.contents, options)]);
    expect(prettierOutputs(result)).toEqual([result.files[1]!.contents]);
  });

  it('keeps Markdown already in prettier\'s form without prettier, and formats the rest', async () => {
    const kept = { path: 'README.md', contents: '# SDK\n\n- one\n- two\n' };
    const result = await formatFiles([kept, { path: 'docs/other.md', contents: files[4]!.contents }]);
    expect(result.files[0]!.contents).toBe(kept.contents);
    expect(result.files[1]!.contents).toBe('# SDK\n\n- one\n- two\n');
    expect(prettierOutputs(result)).toHaveLength(1);
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
      // A union holding a multi-line object is laid out like prettier; an intersection of two names and an object is left to it.
      'export type Mixed = string | {',
      'a: string;',
      '};',
      'export type Both = Alpha & Bravo & {',
      'b: string;',
      '};',
      '',
    ].join('\n');
    const file = { path: 'src/resources/calls.ts', contents: printed, printed: true };
    const laidOut = await formatFiles([file]);
    expect(laidOut.files[0]!.contents).toBe(await format(printed, { parser: 'babel-ts', singleQuote: true, printWidth: 110, trailingComma: 'all' }));
    // Only the statement with the intersection went through prettier.
    expect(prettierOutputs(laidOut).map((text) => text.split('\n')[0])).toEqual(['export type Both = Alpha &']);
    // The same text not from the printer is prettier's throughout.
    expect(prettierOutputs(await formatFiles([{ ...file, printed: false }]))).toEqual([laidOut.files[0]!.contents]);
  });

  it('lays arrays of numbers out as prettier fills them, as many to a line as fit, in fixtures and call arguments', async () => {
    const number = fc.oneof(fc.integer({ min: -99999, max: 999999 }), fc.double({ min: -1000, max: 1000, noNaN: true }).map((n) => Number(n.toFixed(3)))).map(String);
    const numbers = fc.array(number, { minLength: 1, maxLength: 40 }).map((items) => `[${items.join(', ')}]`);
    const key = fc.constantFrom('ids', 'repository_ids', 'a_rather_long_property_name_for_numbers', 'x');
    const statement = fc.oneof(
      fc.tuple(fc.constantFrom('Stat', 'CodeFrequencyStatWithAVeryLongTypeName'), numbers).map(([type, list]) => `export const mock${type} = (): ${type} => ${list};`),
      fc.tuple(fc.constantFrom('Activity', 'OrgPrivateRegistryConfigurationWithSelectedRepositories'), fc.array(fc.tuple(key, numbers), { minLength: 1, maxLength: 3 })).map(
        ([type, entries]) => `export const mock${type} = (overrides?: Partial<${type}>): ${type} => withOverrides<${type}>(overrides, { ${entries.map(([k, v]) => `${k}: ${v}`).join(', ')} });`,
      ),
      fc.tuple(numbers, numbers).map(([a, b]) => `export const matches = [{ text: 'text bravo 508', indices: ${a} }, { text: 'other', indices: ${b} }];`),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(statement, { minLength: 1, maxLength: 4 }), async (statements) => {
        await expectLayoutAlone('src/mocks/fixtures.ts', `${statements.join('\n')}\n`);
      }),
      { numRuns: 150 },
    );
  });

  it('lays out a member named like a keyword, a union of parenthesised intersections and a short array of objects', async () => {
    const long = (word: string) => Array.from({ length: 9 }, (_, i) => `'${word}_${i}_value'`).join(' | ');
    const printed = [
      'export interface Location {',
      `type?: ${long('type')};`,
      `import: ${long('import')};`,
      '}',
      'export type Conditions = (RepositoryRulesetConditions & RepositoryRulesetConditionsRepositoryNameTarget) | (RepositoryRulesetConditions & RepositoryRulesetConditionsRepositoryIdTarget);',
      'export type Short = (A & B) | C;',
      "export const matches = [{ text: 'a', indices: [1, 2] }, { text: 'b', indices: [3] }];",
      '',
    ].join('\n');
    await expectLayoutAlone('src/models.ts', printed);
  });

  it('lays out unions holding parenthesised intersections of objects, and a parenthesised union of objects intersected', async () => {
    await expectLayoutAlone(
      'src/models.ts',
      [
        'export type Collaborator = (SimpleUser & {',
        "actor_type: 'User';",
        '}) | {',
        "actor_type: 'Team';",
        'id: number;',
        '};',
        'export interface Installation {',
        'account: ({',
        'name?: string | null;',
        '} & {',
        'slug: string;',
        '}) | null;',
        'owner: Owner | (Named & {',
        'id: number;',
        '}) | ({',
        'a: string;',
        '} & {',
        'b: string;',
        '}) | null;',
        'body: ({',
        "status?: 'completed';",
        '} | {',
        "status?: 'queued' | 'in_progress';",
        '}) & {',
        'name?: string;',
        '};',
        '}',
        '',
      ].join('\n'),
    );
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
      'both: Alpha & Bravo & {',
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
    const laidOut = await formatFiles([{ path: 'src/models.ts', contents: printed, printed: true }]);
    expect(laidOut.files[0]!.contents).toBe(await format(printed, { parser: 'babel-ts', singleQuote: true, printWidth: 110, trailingComma: 'all' }));
    expect(prettierOutputs(laidOut).map((text) => text.split('\n')[0])).toEqual(['interface _ {', 'class _ {']);
  });

  it('lays out function declarations, intersections of objects or of a name and one object, arrays of unions, `=> (…) as T` and a last argument `{ … } as T`; an intersection of three types goes to prettier', async () => {
    const printed = [
      'export function hasReason<R extends ErrorReason>(error: unknown, reason: R): error is VoipbinError<R> & { readonly reason: R } {',
      'return isErrorWithReason(error, reason);',
      '}',
      'export function isErrorOf<K extends keyof OperationErrorReasons>(error: unknown, operation: K): error is VoipbinError<OperationErrorReasons[K]> {',
      'return isVoipbinError(error) && error.operation === operation;',
      '}',
      'export function callsGet(client: ClientCore, id: string, options?: RequestOptions): ApiPromise<CallManagerCall> | undefined {',
      'return undefined;',
      '}',
      'export function webchatWidgetsDirectHashRegenerate(client: ClientCore, id: string, options?: RequestOptions): ApiPromise<WebchatManagerWidget> {',
      'return undefined;',
      '}',
      'export type Admin = Customer & {',
      '/** A field. */',
      'terms?: string;',
      '};',
      'export type Params = {',
      'accesskey?: string;',
      '} & RequestBody;',
      'export interface Body {',
      'addresses?: (CommonAddress & {',
      'is_primary?: boolean;',
      '})[];',
      'other?: (CommonAddress & {',
      'is_primary?: boolean;',
      '}) | null;',
      '}',
      'export type Three = A & B & {',
      'c: string;',
      '};',
      'export const mockPermission = (): AgentPermission => 64;',
      'export interface Scan {',
      "languages?: ('actions' | 'c-cpp' | 'csharp' | 'go' | 'java-kotlin' | 'javascript-typescript' | 'javascript' | 'python' | 'ruby')[];",
      'nested: {',
      'a: string;',
      '} & {',
      'b: string;',
      '};',
      '}',
      'export type Objects = {',
      'a: string;',
      '} & {',
      'b: string;',
      '};',
      "export const mockHook = (overrides: Partial<WebhookIssueCommentDeleted> = {}): WebhookIssueCommentDeleted => ({ action: 'deleted', ...overrides }) as unknown as WebhookIssueCommentDeleted;",
      "export const mockDeep = (overrides?: Partial<Abyss>): Abyss => withOverrides<Abyss>(overrides, { depth: { depth: { depth: null } }, name: 'the deepest of all' } as unknown as Abyss);",
      '',
    ].join('\n');
    const laidOut = await formatFiles([{ path: 'src/reasons.ts', contents: printed, printed: true }]);
    expect(laidOut.files[0]!.contents).toBe(await format(printed, { parser: 'babel-ts', singleQuote: true, printWidth: 110, trailingComma: 'all' }));
    // Only the intersection of three types went through prettier, which re-lays it out.
    expect(prettierOutputs(laidOut).map((text) => text.split('\n').slice(0, 3).join('\n'))).toEqual(['export type Three = A &\n  B & {\n    c: string;']);
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

  it("reuses the previous run's output for files it formatted before, and formats only what changed", async () => {
    const first = await formatFiles(files);
    const changed = files.map((file) => (file.path === 'src/index.ts' ? { ...file, contents: "export * from './models.js';export * from './calls.js'\n" } : file));
    const second = await formatFiles(changed, undefined, first.memo);
    expect(second.files).toEqual((await formatFiles(changed)).files);
    // Five files have a parser; one of them changed: its key is new, the other four are the first run's.
    expect([...second.keys.keys()]).toEqual(['src/models.ts', 'src/resources/calls.ts', 'src/index.ts', 'package.json', 'README.md']);
    expect([...second.keys.values()].filter((key) => !first.memo.has(key))).toEqual([second.keys.get('src/index.ts')]);
    // Only the changed file went through prettier.
    expect(prettierOutputs(second)).toEqual([second.files[2]!.contents]);
    // A memo whose entry was planted proves the text was taken from it rather than formatted again.
    const planted = new Map([...first.memo].map(([key, value]) => [key, key === first.keys.get('src/models.ts') ? 'from the memo\n' : value]));
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
    expect(prettierOutputs(withPool)).toHaveLength(4);
  });
});
