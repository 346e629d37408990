import { describe, expect, it } from 'vitest';
import { SourcePrinter, structures, type Statement } from '../../generator/emit/ts/index.js';

const statements: Statement[] = [
  structures.import({ moduleSpecifier: './core/index.js', namedImports: [{ name: 'ClientCore', isTypeOnly: true }] }),
  structures.interface({ name: 'Call', isExported: true, docs: [{ description: 'A call.\n\nWith `code`.' }], properties: [{ name: 'id', type: 'string' }, { name: "'tm-create'", type: 'string', hasQuestionToken: true }] }),
  structures.typeAlias({ name: 'Status', isExported: true, type: "'a' | 'b'" }),
  structures.constant('STATUS', "{ a: 'a', b: 'b' } as const", { docs: 'Every status.' }),
  structures.class({
    name: 'Calls',
    isExported: true,
    properties: [{ name: '#core', type: 'ClientCore', isReadonly: true }],
    ctors: [{ parameters: [{ name: 'core', type: 'ClientCore' }], statements: ['this.#core = core;'] }],
    methods: [{ name: 'get', docs: [{ description: 'Gets one.' }], parameters: [{ name: 'id', type: 'string' }], returnType: 'Promise<unknown>', statements: ["return this.#core.request({ method: 'get', path: `/calls/${id}` });"] }],
  }),
  structures.export({ moduleSpecifier: './models.js', isTypeOnly: true }),
  '// a raw statement',
];

describe('SourcePrinter', () => {
  it("prints with ts-morph's structure printer, not through a parsed source file", () => {
    const printer = new SourcePrinter();
    const context = (printer as unknown as { project: { _context: Record<string, unknown> } }).project._context;
    // If a ts-morph upgrade drops these, print() silently falls back to the slower route: fail here instead.
    expect(typeof context['createWriter']).toBe('function');
    expect(context['structurePrinterFactory']).toBeDefined();
  });

  it('gives the same text as creating a source file from the structures', () => {
    const printer = new SourcePrinter();
    const fast = printer.print(statements);
    expect(fast).toBe(printer.printByParsing(statements));
    expect(fast).toContain('export class Calls');
    expect(fast).toContain("'tm-create'?: string;");
  });
});
