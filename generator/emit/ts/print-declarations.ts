import type { CodeWriter } from './code-writer.js';
import type { DocEntry } from './js-doc-block.js';
import { printClassMembers, printInterfaceMembers, type Members, type PrintBody } from './print-members.js';
import { printHead, printParameters, printReturnType, printTypeParameters, type TypeParameter } from './print-signature.js';
import { isBlank, optionalTextOf, textOf } from './supported-fields.js';

/** Function, class and interface declarations: the statements with a body. */

interface Declaration extends Members {
  name?: unknown | undefined;
  docs?: readonly DocEntry[] | undefined;
  isExported?: boolean | undefined;
  isAsync?: boolean | undefined;
  typeParameters?: readonly (string | TypeParameter)[] | undefined;
  extends?: unknown | undefined;
  parameters?: readonly object[] | undefined;
  returnType?: unknown | undefined;
  statements?: unknown | undefined;
}

export function printFunction(writer: CodeWriter, declaration: Declaration, printBody: PrintBody): void {
  printHead(writer, 'function', declaration, ['name', 'docs', 'isExported', 'isAsync', 'typeParameters', 'parameters', 'returnType', 'statements']);
  writer.write('function');
  const name = optionalTextOf('a function name', declaration.name);
  if (!isBlank(name)) writer.write(` ${name}`);
  printTypeParameters(writer, declaration.typeParameters);
  printParameters(writer, declaration.parameters);
  printReturnType(writer, declaration.returnType);
  writer.space().inlineBlock(() => printBody(writer, declaration.statements));
}

export function printClass(writer: CodeWriter, declaration: Declaration, printBody: PrintBody): void {
  printHead(writer, 'class', declaration, ['name', 'docs', 'isExported', 'typeParameters', 'extends', 'properties', 'ctors', 'methods']);
  writer.write('class');
  const name = optionalTextOf('a class name', declaration.name);
  if (!isBlank(name)) writer.space().write(name as string);
  printTypeParameters(writer, declaration.typeParameters);
  writer.space();
  const heritage = optionalTextOf('a class `extends`', declaration.extends);
  if (!isBlank(heritage)) writer.hangingIndent(() => writer.write(`extends ${heritage} `));
  writer.inlineBlock(() => printClassMembers(writer, declaration, printBody));
}

export function printInterface(writer: CodeWriter, declaration: Declaration): void {
  printHead(writer, 'interface', declaration, ['name', 'docs', 'isExported', 'typeParameters', 'extends', 'properties', 'indexSignatures']);
  writer.write(`interface ${textOf('an interface name', declaration.name)}`);
  printTypeParameters(writer, declaration.typeParameters);
  writer.space();
  const bases = declaration.extends === undefined ? [] : Array.isArray(declaration.extends) ? declaration.extends : [declaration.extends];
  const heritage = bases.map((base) => textOf('an interface `extends`', base)).join(', ');
  if (!isBlank(heritage)) writer.hangingIndent(() => writer.write(`extends ${heritage} `));
  writer.inlineBlock(() => printInterfaceMembers(writer, declaration));
}
