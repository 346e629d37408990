import type { CodeWriter } from './code-writer.js';
import type { DocEntry } from './js-doc-block.js';
import { printHead, printInitializer, printParameters, printReturnType, printType, printTypeParameters, type TypeParameter } from './print-signature.js';
import { optionalTextOf, textOf } from './supported-fields.js';

/** Prints a body's statements (passed in: statements and members nest in each other). */
export type PrintBody = (writer: CodeWriter, statements: unknown) => void;

interface Member {
  name?: unknown | undefined;
  docs?: readonly DocEntry[] | undefined;
  type?: unknown | undefined;
  initializer?: unknown | undefined;
  hasQuestionToken?: boolean | undefined;
  isReadonly?: boolean | undefined;
  isAsync?: boolean | undefined;
  typeParameters?: readonly (string | TypeParameter)[] | undefined;
  parameters?: readonly object[] | undefined;
  returnType?: unknown | undefined;
  statements?: unknown | undefined;
  keyName?: unknown | undefined;
  keyType?: unknown | undefined;
}

export interface Members {
  properties?: readonly Member[] | undefined;
  ctors?: readonly Member[] | undefined;
  methods?: readonly Member[] | undefined;
  indexSignatures?: readonly Member[] | undefined;
}

/** A class body: properties one a line, then a blank line, the constructor, and the methods with blank lines between. */
export function printClassMembers(writer: CodeWriter, members: Members, printBody: PrintBody): void {
  (members.properties ?? []).forEach((property, index) => {
    if (index > 0) writer.newLine();
    printProperty(writer, 'class property', property, ['initializer']);
  });
  for (const ctor of members.ctors ?? []) {
    if (!writer.isAtStartOfFirstLineOfBlock()) writer.blankLine();
    printHead(writer, 'constructor', ctor, ['docs', 'parameters', 'statements']);
    writer.write('constructor');
    printParameters(writer, ctor.parameters);
    writer.space().inlineBlock(() => printBody(writer, ctor.statements));
  }
  (members.methods ?? []).forEach((method, index) => {
    if (index > 0 || !writer.isAtStartOfFirstLineOfBlock()) writer.blankLine();
    printHead(writer, 'method', method, ['name', 'docs', 'isAsync', 'typeParameters', 'parameters', 'returnType', 'statements', 'hasQuestionToken']);
    writer.write(textOf('a method name', method.name));
    if (method.hasQuestionToken) writer.write('?');
    printTypeParameters(writer, method.typeParameters);
    printParameters(writer, method.parameters);
    printReturnType(writer, method.returnType);
    writer.spaceIfLastNot().inlineBlock(() => printBody(writer, method.statements));
  });
}

/** An interface body: index signatures, then properties, one a line. */
export function printInterfaceMembers(writer: CodeWriter, members: Members): void {
  const indexSignatures = members.indexSignatures ?? [];
  const properties = members.properties ?? [];
  if (indexSignatures.length > 0 && !writer.isAtStartOfFirstLineOfBlock()) writer.newLine();
  indexSignatures.forEach((signature, index) => {
    if (index > 0) writer.newLine();
    printHead(writer, 'index signature', signature, ['docs', 'keyName', 'keyType', 'returnType', 'isReadonly']);
    const keyName = optionalTextOf('an index key name', signature.keyName);
    const keyType = optionalTextOf('an index key type', signature.keyType);
    writer.write(`[${keyName || 'key'}: ${keyType || 'string'}]`);
    printReturnType(writer, signature.returnType);
    writer.write(';');
  });
  if (properties.length > 0 && !writer.isAtStartOfFirstLineOfBlock()) writer.newLine();
  properties.forEach((property, index) => {
    if (index > 0) writer.newLine();
    printProperty(writer, 'property signature', property, []);
  });
}

/** `readonly name?: type = initializer;` with its JSDoc. */
function printProperty(writer: CodeWriter, what: string, property: Member, moreFields: readonly string[]): void {
  printHead(writer, what, property, ['name', 'docs', 'type', 'hasQuestionToken', 'isReadonly', ...moreFields]);
  writer.write(textOf('a property name', property.name));
  if (property.hasQuestionToken) writer.write('?');
  printType(writer, ':', property.type);
  printInitializer(writer, property.initializer);
  writer.write(';');
}
