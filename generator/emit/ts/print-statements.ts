import type { StatementStructures } from 'ts-morph';
import { CodeWriter } from './code-writer.js';
import { printDocs, type DocEntry } from './js-doc-block.js';
import { printClass, printFunction, printInterface } from './print-declarations.js';
import { printCommaSeparated, printHead, printInitializer, printType, printTypeParameters, type TypeParameter } from './print-signature.js';
import { KIND } from './structure-kinds.js';
import { checkFields, textOf } from './supported-fields.js';

/**
 * Prints statement structures as ts-morph's structure printer does, line for line (the format stage and prettier
 * keep its line breaks and blank lines): a blank line after a statement ending in `}` and before a class,
 * interface or function; otherwise one statement a line.
 */
export function printSourceText(statements: readonly (StatementStructures | string)[]): string {
  const writer = new CodeWriter();
  printStatements(writer, statements);
  if (!writer.isAtStartOfFirstLineOfBlock() && !writer.isLastNewLine()) writer.newLine();
  return writer.toString();
}

function printStatements(writer: CodeWriter, statements: unknown): void {
  if (statements === undefined) return;
  if (typeof statements === 'string') {
    writer.write(statements);
    return;
  }
  if (!Array.isArray(statements)) throw new Error('generator/emit/ts prints statements given as a string or a list');
  for (const statement of statements as unknown[]) {
    if (writer.lastNonWhitespaceIs('}')) writer.blankLineIfLastNot();
    else if (!writer.isAtStartOfFirstLineOfBlock()) writer.newLineIfLastNot();
    printStatement(writer, statement);
  }
}

function printStatement(writer: CodeWriter, statement: unknown): void {
  if (typeof statement === 'string') {
    writer.write(statement);
    return;
  }
  const structure = statement as StatementStructures;
  // A comment or literal a string statement left open would swallow the declaration.
  if (writer.isInsideToken()) throw new Error('generator/emit/ts: a statement before this declaration leaves a comment, string or template literal open');
  switch (structure.kind) {
    case KIND.Function:
      ensureBlankLine(writer);
      return printFunction(writer, structure, printStatements);
    case KIND.Class:
      ensureBlankLine(writer);
      return printClass(writer, structure, printStatements);
    case KIND.Interface:
      ensureBlankLine(writer);
      return printInterface(writer, structure);
    case KIND.TypeAlias:
      return printTypeAlias(writer, structure);
    case KIND.VariableStatement:
      return printVariableStatement(writer, structure);
    case KIND.ImportDeclaration:
      return printImport(writer, structure);
    case KIND.ExportDeclaration:
      return printExport(writer, structure);
    default:
      throw new Error(`generator/emit/ts prints no statement structure of kind ${String((structure as { kind?: unknown }).kind)}`);
  }
}

function ensureBlankLine(writer: CodeWriter): void {
  if (!writer.isAtStartOfFirstLineOfBlock()) writer.blankLineIfLastNot();
}

interface Declared {
  docs?: readonly DocEntry[] | undefined;
  isExported?: boolean | undefined;
}

function printTypeAlias(writer: CodeWriter, alias: Declared & { name: string; type?: unknown; typeParameters?: readonly (string | TypeParameter)[] | undefined }): void {
  printHead(writer, 'type alias', alias, ['name', 'docs', 'isExported', 'type', 'typeParameters']);
  writer.write(`type ${textOf('a type alias name', alias.name)}`);
  printTypeParameters(writer, alias.typeParameters);
  printType(writer, ' =', textOf('a type alias type', alias.type));
  writer.write(';');
}

interface VariableDeclaration {
  name: unknown;
  type?: unknown | undefined;
  initializer?: unknown | undefined;
}

function printVariableStatement(writer: CodeWriter, statement: Declared & { declarationKind?: string; declarations: readonly VariableDeclaration[] }): void {
  checkFields('variable statement', statement, ['docs', 'isExported', 'declarationKind', 'declarations']);
  if (statement.declarations.length === 0) throw new Error('generator/emit/ts: a variable statement needs a declaration');
  printDocs(writer, statement.docs);
  writer.hangingIndent(() => {
    if (statement.isExported) writer.write('export ');
    writer.write(`${statement.declarationKind ?? 'let'} `);
    printCommaSeparated(writer, statement.declarations, (declaration) => {
      checkFields('variable declaration', declaration, ['name', 'type', 'initializer']);
      writer.write(textOf('a variable name', declaration.name));
      printType(writer, ':', declaration.type);
      printInitializer(writer, declaration.initializer);
    });
    writer.write(';');
  });
}

type Specifier = string | { name: string; isTypeOnly?: boolean; alias?: string };

function printImport(writer: CodeWriter, declaration: { isTypeOnly?: boolean; namedImports?: unknown; moduleSpecifier: string }): void {
  checkFields('import', declaration, ['isTypeOnly', 'namedImports', 'moduleSpecifier']);
  writer.write(declaration.isTypeOnly ? 'import type' : 'import');
  const named = specifiers(declaration.namedImports);
  if (named.length > 0) writer.write(` ${braced(named)} from`);
  writer.write(` ${quoted(declaration.moduleSpecifier)};`);
}

function printExport(writer: CodeWriter, declaration: { isTypeOnly?: boolean; namedExports?: unknown; moduleSpecifier?: string }): void {
  checkFields('export', declaration, ['isTypeOnly', 'namedExports', 'moduleSpecifier']);
  writer.write(declaration.isTypeOnly ? 'export type' : 'export');
  const named = specifiers(declaration.namedExports);
  const from = declaration.moduleSpecifier !== undefined && declaration.moduleSpecifier.length > 0;
  writer.write(named.length > 0 ? ` ${braced(named)}` : from ? ' *' : ' {}');
  if (from) writer.write(` from ${quoted(declaration.moduleSpecifier as string)}`);
  writer.write(';');
}

function specifiers(value: unknown): Specifier[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error('generator/emit/ts prints named imports and exports given as a list');
  return value as Specifier[];
}

/** `{ a, type B, c as d }`. */
function braced(named: readonly Specifier[]): string {
  const texts = named.map((specifier) => {
    if (typeof specifier === 'string') return specifier;
    checkFields('import or export specifier', specifier, ['name', 'isTypeOnly', 'alias']);
    return `${specifier.isTypeOnly ? 'type ' : ''}${textOf('a specifier name', specifier.name)}${specifier.alias ? ` as ${specifier.alias}` : ''}`;
  });
  return `{ ${texts.join(', ')} }`;
}

/** A module specifier in single quotes. */
function quoted(specifier: string): string {
  if (/[\r\n\u2028\u2029]/.test(textOf('a module specifier', specifier))) throw new Error(`generator/emit/ts: a module specifier cannot span lines: ${JSON.stringify(specifier)}`);
  return `'${specifier.replace(/[\\']/g, '\\$&')}'`;
}
