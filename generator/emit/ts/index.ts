/**
 * The one façade over ts-morph: emitters describe declarations as plain
 * ts-morph structures and get source text back. Only ts-morph's types are
 * used: the structures are printed by our own printer
 * (print-statements.ts), which prints them line for line as ts-morph's
 * structure printer does, without loading ts-morph or TypeScript.
 */
import type {
  ClassDeclarationStructure,
  ExportDeclarationStructure,
  FunctionDeclarationStructure,
  ImportDeclarationStructure,
  InterfaceDeclarationStructure,
  JSDocStructure,
  MethodDeclarationStructure,
  OptionalKind,
  PropertyDeclarationStructure,
  PropertySignatureStructure,
  StatementStructures,
  TypeAliasDeclarationStructure,
  VariableStatementStructure,
} from 'ts-morph';
import { printSourceText } from './print-statements.js';
import { CONST_DECLARATION, KIND } from './structure-kinds.js';

export { isTsIdentifierChar } from './identifier-chars.js';

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

/** A JSDoc list for a structure, or undefined when there is no text. */
export function jsDoc(text: string | undefined): OptionalKind<JSDocStructure>[] | undefined {
  return text === undefined ? undefined : [{ description: text }];
}

export const structures = {
  interface(decl: Omit<InterfaceDeclarationStructure, 'kind'>): InterfaceDeclarationStructure {
    return { kind: KIND.Interface, ...decl };
  },
  typeAlias(decl: Omit<TypeAliasDeclarationStructure, 'kind'>): TypeAliasDeclarationStructure {
    return { kind: KIND.TypeAlias, ...decl };
  },
  class(decl: Omit<ClassDeclarationStructure, 'kind'>): ClassDeclarationStructure {
    return { kind: KIND.Class, ...decl };
  },
  function(decl: Omit<FunctionDeclarationStructure, 'kind'>): FunctionDeclarationStructure {
    return { kind: KIND.Function, ...decl };
  },
  import(decl: Omit<ImportDeclarationStructure, 'kind'>): ImportDeclarationStructure {
    return { kind: KIND.ImportDeclaration, ...decl };
  },
  export(decl: Omit<ExportDeclarationStructure, 'kind'>): ExportDeclarationStructure {
    return { kind: KIND.ExportDeclaration, ...decl };
  },
  constant(name: string, initializer: string, options: { exported?: boolean; docs?: string; type?: string } = {}): VariableStatementStructure {
    return {
      kind: KIND.VariableStatement,
      declarationKind: CONST_DECLARATION,
      isExported: options.exported ?? true,
      declarations: [{ name, initializer, ...(options.type ? { type: options.type } : {}) }],
      ...(options.docs ? { docs: [{ description: options.docs }] } : {}),
    };
  },
};

/** Prints structures to source text. One printer per generation run. */
export class SourcePrinter {
  private readonly texts = new Set<string>();

  /** Whether this printer printed `text`: such text keeps the printer's conventions, which the format stage relies on. */
  printed(text: string): boolean {
    return this.texts.has(text);
  }

  print(statements: Statement[]): string {
    const text = printSourceText(statements);
    this.texts.add(text);
    return text;
  }
}
