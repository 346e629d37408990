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

/** Prints structures to source text. One printer per generation run; files are added in bulk. */
export class SourcePrinter {
  private readonly project = new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single, useTrailingCommas: true },
  });
  private count = 0;

  print(statements: Statement[]): string {
    const file = this.project.createSourceFile(`/f${this.count++}.ts`, { statements }, { overwrite: true });
    const text = file.getFullText();
    this.project.removeSourceFile(file);
    return text;
  }
}
