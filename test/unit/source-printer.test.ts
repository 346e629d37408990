import { spawnSync } from 'node:child_process';
import { StructureKind, ts, VariableDeclarationKind } from 'ts-morph';
import { describe, expect, it, vi } from 'vitest';
import { generate } from '../../generator/index.js';
import { isTsIdentifierChar, SourcePrinter, structures, type Statement } from '../../generator/emit/ts/index.js';
import { CONST_DECLARATION, KIND } from '../../generator/emit/ts/structure-kinds.js';
import { REPO_ROOT } from '../support/shared.js';
import { printWithTsMorph } from '../support/ts-morph-printer.js';

const print = (statements: Statement[]) => new SourcePrinter().print(statements);

/** Every structure kind and field the emitters use, in orders that exercise ts-morph's blank-line rules. */
const EVERY_KIND: Statement[] = [
  structures.import({ moduleSpecifier: './core/index.js', namedImports: ['ClientCore', { name: 'ClientOptions', isTypeOnly: true }] }),
  structures.import({ moduleSpecifier: '../models.js', isTypeOnly: true, namedImports: ['Call', 'Agent'] }),
  structures.constant('DEFAULT_BASE_URL', "'https://api.example.com'", { docs: "The API root from the spec's first server." }),
  structures.constant('TABLE', '{\n  a: 1,\n  b: `x\n  y`,\n}', { exported: false, type: '{ readonly [K in string]: number | string }' }),
  structures.interface({
    name: 'Call',
    isExported: true,
    docs: [{ description: 'A call.\n\nWith `code` and an empty line.' }],
    properties: [
      { name: 'id', type: 'string', isReadonly: true, docs: ['The id.'] },
      { name: "'tm-create'", type: 'string', hasQuestionToken: true, docs: [{ description: 'Two\nlines.' }] },
    ],
    indexSignatures: [{ keyName: 'key', keyType: 'string', returnType: 'unknown' }],
  }),
  structures.interface({ name: 'Empty', isExported: true, properties: [] }),
  structures.typeAlias({ name: 'Status', isExported: true, type: "'a' | 'b'", docs: [{ description: 'One status.' }] }),
  structures.typeAlias({ name: 'Shape', isExported: true, type: '{\n  /** Doc. */\n  a: string;\n} & Base' }),
  structures.class({
    name: 'Calls',
    isExported: true,
    docs: [],
    properties: [
      { name: '#core', type: 'ClientCore', isReadonly: true },
      { name: 'child', type: 'Child', isReadonly: true, docs: [{ description: 'Operations under `/calls/child`.' }] },
    ],
    ctors: [{ parameters: [{ name: 'core', type: 'ClientCore' }], statements: ['this.#core = core;', 'this.child = new Child(core);'] }],
    methods: [
      {
        name: 'get',
        docs: [{ description: 'Gets one.\n@param id The id.' }],
        parameters: [
          { name: 'id', type: 'string' },
          { name: 'params', type: 'Params', initializer: '{}' },
          { name: 'options', type: 'RequestOptions', hasQuestionToken: true },
        ],
        returnType: 'ApiPromise<Call>',
        statements: ["return this.#core.request<Call>({ method: 'get', path: `/calls/${encodeURIComponent(id)}` }, options);"],
      },
      { name: 'delete', parameters: [], returnType: 'void', statements: ['const { a, ...body } = params;', 'if (a) {\n  return;\n}', 'body;'] },
    ],
  }),
  structures.class({ name: 'Bare', isExported: true, methods: [{ name: 'run', statements: [] }] }),
  structures.function({
    name: 'hasReason',
    isExported: true,
    docs: [{ description: '\nTrue when `error` has the reason.' }],
    typeParameters: [{ name: 'R', constraint: 'ErrorReason' }],
    parameters: [
      { name: 'error', type: 'unknown' },
      { name: 'reason', type: 'R' },
    ],
    returnType: 'error is VoipbinError<R> & { readonly reason: R }',
    statements: ['return isErrorWithReason(error, reason);'],
  }),
  structures.function({ name: 'createClient', parameters: [{ name: 'options', type: 'ClientOptions', initializer: '{}' }], statements: ['return new ClientCore(options);'] }),
  '// a raw statement',
  structures.typeAlias({ name: 'After', type: 'string' }),
  structures.export({ moduleSpecifier: './client.js', namedExports: ['VoipbinClient'] }),
  structures.export({ moduleSpecifier: './core/index.js' }),
  structures.export({ moduleSpecifier: './models.js', isTypeOnly: true }),
  structures.export({ moduleSpecifier: './reasons.js', namedExports: ['A', { name: 'B', isTypeOnly: true }] }),
];

describe('SourcePrinter', () => {
  it("prints every structure kind the emitters use exactly as ts-morph's structure printer does", () => {
    expect(print(EVERY_KIND)).toBe(printWithTsMorph(EVERY_KIND));
  });

  it('separates statements as ts-morph does: a blank line after `}` and before classes, interfaces and functions', () => {
    const statements: Statement[] = [
      structures.import({ moduleSpecifier: 'zod', namedImports: ['z'] }),
      structures.typeAlias({ name: 'A', type: 'string' }),
      structures.interface({ name: 'B', properties: [{ name: 'b', type: 'A' }] }),
      structures.typeAlias({ name: 'C', type: 'B' }),
      'const d = {\n  e: 1,\n};',
      'if (d) {\n  f();\n}',
      'const f = 1;',
      structures.function({ name: 'g', statements: [] }),
    ];
    const text = print(statements);
    expect(text).toBe(
      "import { z } from 'zod';\ntype A = string;\n\ninterface B {\n  b: A;\n}\n\ntype C = B;\nconst d = {\n  e: 1,\n};\nif (d) {\n  f();\n}\n\nconst f = 1;\n\nfunction g() {\n}\n",
    );
    expect(text).toBe(printWithTsMorph(statements));
  });

  it('prints a one-line JSDoc on one line and a longer one with a star per line', () => {
    const text = print([
      structures.typeAlias({ name: 'A', type: 'string', docs: ['One line.'] }),
      structures.typeAlias({ name: 'B', type: 'string', docs: [{ description: 'First.\n\nThird.' }] }),
    ]);
    expect(text).toBe('/** One line. */\ntype A = string;\n/**\n * First.\n *\n * Third.\n */\ntype B = string;\n');
  });

  it('indents by nesting but never inside a template literal', () => {
    const text = print([structures.class({ name: 'A', methods: [{ name: 'm', statements: ['const t = `a\nb ${{\n  c: 1,\n}.c} d\ne`;'] }] })]);
    expect(text).toBe('class A {\n  m() {\n    const t = `a\nb ${{\n      c: 1,\n    }.c} d\ne`;\n  }\n}\n');
  });

  it('reads strings that end in a backslash and comment openers in strings as text (no stray `*/`)', () => {
    const statements: Statement[] = [
      structures.class({
        name: 'Things',
        methods: [
          { name: 'a', docs: ['`GET /things*\\`'], statements: ['return request({ path: "/things*\\\\" });'] },
          { name: 'b', docs: ['`POST /things*\\/{id}/act`'], statements: ['return request({ query: { "/*": value, "a*\\\\": 1 } });'] },
        ],
      }),
    ];
    const text = print(statements);
    expect(text).not.toContain('*//**');
    const parsed = ts.transpileModule(text, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } });
    expect(parsed.diagnostics?.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '))).toEqual([]);
  });

  it('throws for a structure field it does not print, rather than dropping it', () => {
    expect(() => print([structures.class({ name: 'A', isAbstract: true })])).toThrow(/no `isAbstract` of the class/);
    expect(() => print([structures.class({ name: 'A', methods: [{ name: 'm', scope: 'private' as never }] })])).toThrow(/no `scope` of the method/);
    expect(() => print([structures.import({ moduleSpecifier: 'x', defaultImport: 'x' })])).toThrow(/no `defaultImport` of the import/);
    expect(() => print([structures.typeAlias({ name: 'A', type: (writer) => writer.write('string') })])).toThrow(/as a string/);
    expect(() => print([{ kind: StructureKind.Enum, name: 'E' }])).toThrow(/no statement structure of kind/);
  });

  it('refuses a declaration after a statement that leaves a comment open', () => {
    expect(() => print(['/* open', structures.typeAlias({ name: 'A', type: 'string' })])).toThrow(/leaves a comment/);
  });
});

describe('SourcePrinter on generated SDKs', () => {
  it.each(['full', 'lite', 'zod', 'service-agent'] as const)("prints every file of the example's %s SDK with ts-morph's lines (indentation aside)", async (flavor) => {
    const spy = vi.spyOn(SourcePrinter.prototype, 'print');
    let printed: Statement[][];
    try {
      expect((await generate({ flavor, format: false })).ok).toBe(true);
      printed = spy.mock.calls.map(([statements]) => statements);
    } finally {
      spy.mockRestore();
    }
    expect(printed.length).toBeGreaterThan(3);
    // ts-morph's writer mis-reads some strings (see above) and then indents lines wrongly; line breaks must agree.
    const lines = (text: string) => text.replace(/^[ \t]+/gm, '');
    for (const statements of printed) expect(lines(print(statements))).toBe(lines(printWithTsMorph(statements)));
  });
});

describe('structure kinds', () => {
  it("equal ts-morph's enum values", () => {
    for (const [name, value] of Object.entries(KIND)) expect(value, name).toBe(StructureKind[name as keyof typeof StructureKind]);
    expect(CONST_DECLARATION).toBe(VariableDeclarationKind.Const);
  });
});

describe('isTsIdentifierChar', () => {
  it("answers ASCII as TypeScript's scanner does, and other characters by it", () => {
    const codePoints = [...Array.from({ length: 0x80 }, (_, i) => i), 0xe9, 0x3b1, 0x4e2d, 0x1f600, 0x2118, 0x200c, 0xa0];
    for (const codePoint of codePoints) {
      expect(isTsIdentifierChar(codePoint, 'start'), `start ${codePoint}`).toBe(ts.isIdentifierStart(codePoint, ts.ScriptTarget.ES2022));
      expect(isTsIdentifierChar(codePoint, 'part'), `part ${codePoint}`).toBe(ts.isIdentifierPart(codePoint, ts.ScriptTarget.ES2022));
    }
  });
});

describe('the emit path', () => {
  it('loads neither ts-morph nor TypeScript for an ASCII spec', () => {
    const script = `
      const { generate } = await import('./dist/generator/index.js');
      const { createRequire } = await import('node:module');
      const result = await generate({ format: false });
      if (!result.ok) throw new Error('generation failed');
      const loaded = Object.keys(createRequire(import.meta.url).cache).filter((path) => /ts-morph|typescript|code-block-writer/.test(path));
      console.log(JSON.stringify(loaded));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout.trim().split('\n').pop() as string)).toEqual([]);
  });
});
