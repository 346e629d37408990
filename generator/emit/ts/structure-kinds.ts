import type { StructureKind, VariableDeclarationKind } from 'ts-morph';

/**
 * ts-morph's StructureKind and VariableDeclarationKind values the emitters build, as constants: importing the
 * enums would load ts-morph (and TypeScript) at run time. test/unit/emit/structure-kinds.test.ts holds them to
 * ts-morph's.
 */
export const KIND = {
  Class: 2 as StructureKind.Class,
  ExportDeclaration: 11 as StructureKind.ExportDeclaration,
  Function: 13 as StructureKind.Function,
  ImportDeclaration: 16 as StructureKind.ImportDeclaration,
  Interface: 19 as StructureKind.Interface,
  TypeAlias: 38 as StructureKind.TypeAlias,
  VariableStatement: 41 as StructureKind.VariableStatement,
} as const;

export const CONST_DECLARATION = 'const' as VariableDeclarationKind.Const;
