/**
 * The one façade over ts-morph: emitters describe declarations as plain
 * structures and get source text back. Nothing else imports ts-morph.
 */
import {
  IndentationText,
  Project,
  QuoteKind,
  StructureKind,
  ts,
  VariableDeclarationKind,
  type ClassDeclarationStructure,
  type FunctionDeclarationStructure,
  type ImportDeclarationStructure,
  type InterfaceDeclarationStructure,
  type JSDocStructure,
  type MethodDeclarationStructure,
  type OptionalKind,
  type PropertyDeclarationStructure,
  type PropertySignatureStructure,
  type StatementStructures,
  type TypeAliasDeclarationStructure,
  type VariableStatementStructure,
  type ExportDeclarationStructure,
} from 'ts-morph';

export type Statement = StatementStructures | string;
export type InterfaceDecl = InterfaceDeclarationStructure;
export type TypeAliasDecl = TypeAliasDeclarationStructure;
export type ClassDecl = ClassDeclarationStructure;
export type MethodDecl = OptionalKind<MethodDeclarationStructure>;
export type PropertyDecl = OptionalKind<PropertyDeclarationStructure>;
export type PropertySig = OptionalKind<PropertySignatureStructure>;
export type ImportDecl = ImportDeclarationStructure;
export type ExportDecl = ExportDeclarationStructure;
export type VariableDecl = VariableStatementStructure;
export type FunctionDecl = FunctionDeclarationStructure;

/**
 * Whether TypeScript's scanner takes this code point as the start (or a later
 * part) of an identifier. Its Unicode tables lag the runtime's (Node knows
 * letters TypeScript does not), so identifiers are checked against both.
 */
export function isTsIdentifierChar(codePoint: number, position: 'start' | 'part'): boolean {
  return position === 'start' ? ts.isIdentifierStart(codePoint, ts.ScriptTarget.ES2022) : ts.isIdentifierPart(codePoint, ts.ScriptTarget.ES2022);
}

/** A JSDoc list for a structure, or undefined when there is no text. */
export function jsDoc(text: string | undefined): OptionalKind<JSDocStructure>[] | undefined {
  return text === undefined ? undefined : [{ description: text }];
}

export const structures = {
  interface(decl: Omit<InterfaceDeclarationStructure, 'kind'>): InterfaceDeclarationStructure {
    return { kind: StructureKind.Interface, ...decl };
  },
  typeAlias(decl: Omit<TypeAliasDeclarationStructure, 'kind'>): TypeAliasDeclarationStructure {
    return { kind: StructureKind.TypeAlias, ...decl };
  },
  class(decl: Omit<ClassDeclarationStructure, 'kind'>): ClassDeclarationStructure {
    return { kind: StructureKind.Class, ...decl };
  },
  function(decl: Omit<FunctionDeclarationStructure, 'kind'>): FunctionDeclarationStructure {
    return { kind: StructureKind.Function, ...decl };
  },
  import(decl: Omit<ImportDeclarationStructure, 'kind'>): ImportDeclarationStructure {
    return { kind: StructureKind.ImportDeclaration, ...decl };
  },
  export(decl: Omit<ExportDeclarationStructure, 'kind'>): ExportDeclarationStructure {
    return { kind: StructureKind.ExportDeclaration, ...decl };
  },
  constant(name: string, initializer: string, options: { exported?: boolean; docs?: string; type?: string } = {}): VariableStatementStructure {
    return {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      isExported: options.exported ?? true,
      declarations: [{ name, initializer, ...(options.type ? { type: options.type } : {}) }],
      ...(options.docs ? { docs: [{ description: options.docs }] } : {}),
    };
  },
};

/** The part of ts-morph's internal context the printer uses; pinned ts-morph 28.0.0 has it (test/unit/emit/source-printer.test.ts checks). */
interface PrinterContext {
  createWriter(): { toString(): string };
  structurePrinterFactory: { forSourceFile(options: { isAmbient: boolean }): { printText(writer: unknown, structure: { statements: Statement[] }): void } };
}

/** Prints structures to source text. One printer per generation run; files are added in bulk. */
export class SourcePrinter {
  private readonly project = new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single, useTrailingCommas: true },
  });
  private count = 0;
  private readonly texts = new Set<string>();

  /** Whether this printer printed `text`: such text keeps the printer's conventions, which the format stage relies on. */
  printed(text: string): boolean {
    return this.texts.has(text);
  }

  print(statements: Statement[]): string {
    const text = this.printText(statements);
    this.texts.add(text);
    return text;
  }

  private printText(statements: Statement[]): string {
    // createSourceFile prints the structures to text and then parses that text into a syntax tree we never use;
    // its structure printer alone gives the same text in about a third of the time.
    const context = (this.project as unknown as { _context?: Partial<PrinterContext> })._context;
    if (context?.createWriter && context.structurePrinterFactory) {
      const writer = context.createWriter();
      context.structurePrinterFactory.forSourceFile({ isAmbient: false }).printText(writer, { statements });
      return writer.toString();
    }
    return this.printByParsing(statements);
  }

  /** The public route, kept as the fallback and as the reference the fast route is tested against. */
  printByParsing(statements: Statement[]): string {
    const file = this.project.createSourceFile(`/f${this.count++}.ts`, { statements }, { overwrite: true });
    const text = file.getFullText();
    this.project.removeSourceFile(file);
    return text;
  }
}
