import type { CodeWriter } from './code-writer.js';
import { printDocs, type DocEntry } from './js-doc-block.js';
import { checkFields, isBlank, optionalTextOf, textOf } from './supported-fields.js';

/** The parts of a declaration's header that members, functions and variables share, printed as ts-morph prints them. */

interface Head {
  docs?: readonly DocEntry[] | undefined;
  isExported?: boolean | undefined;
  isAsync?: boolean | undefined;
  isReadonly?: boolean | undefined;
}

/** Checks a declaration's fields (`what` it is, the `fields` printed), then prints its JSDoc and modifiers. */
export function printHead(writer: CodeWriter, what: string, structure: Head, fields: readonly string[]): void {
  checkFields(what, structure, fields);
  printDocs(writer, structure.docs);
  if (structure.isExported) writer.write('export ');
  if (structure.isAsync) writer.write('async ');
  if (structure.isReadonly) writer.write('readonly ');
}

/** `: type` (or ` = type` for an alias); lines it breaks onto hang one level in. `any` when required but absent. */
export function printType(writer: CodeWriter, separator: string, type: unknown, required = false): void {
  if (type === undefined && !required) return;
  const text = type === undefined ? 'any' : textOf('a type', type);
  if (!isBlank(text)) writer.hangingIndent(() => writer.write(`${separator} ${text}`));
}

/** `= value` after the declaration. */
export function printInitializer(writer: CodeWriter, initializer: unknown): void {
  if (initializer === undefined) return;
  const text = textOf('an initializer', initializer);
  if (!isBlank(text)) writer.hangingIndent(() => writer.spaceIfLastNot().write(`= ${text}`));
}

/** Items separated by `, `. */
export function printCommaSeparated<T>(writer: CodeWriter, items: readonly T[], print: (item: T) => void): void {
  items.forEach((item, index) => {
    if (index > 0) writer.write(',').spaceIfLastNot();
    print(item);
  });
}

interface Parameter {
  name?: unknown | undefined;
  type?: unknown | undefined;
  initializer?: unknown | undefined;
  hasQuestionToken?: boolean | undefined;
}

/** `(a: A, b?: B = init)`. */
export function printParameters(writer: CodeWriter, parameters: readonly Parameter[] | undefined): void {
  writer.write('(');
  if (parameters && parameters.length > 0) {
    writer.hangingIndent(() =>
      printCommaSeparated(writer, parameters, (parameter) => {
        checkFields('parameter', parameter, ['name', 'type', 'initializer', 'hasQuestionToken']);
        writer.write(textOf('a parameter name', parameter.name));
        if (parameter.hasQuestionToken) writer.write('?');
        printType(writer, ':', parameter.type, parameter.hasQuestionToken);
        printInitializer(writer, parameter.initializer);
      }),
    );
  }
  writer.write(')');
}

export interface TypeParameter {
  name?: unknown | undefined;
  constraint?: unknown | undefined;
  default?: unknown | undefined;
}

/** `<T extends C = D, …>`, nothing when there are none. */
export function printTypeParameters(writer: CodeWriter, typeParameters: readonly (string | TypeParameter)[] | undefined): void {
  if (!typeParameters || typeParameters.length === 0) return;
  writer.write('<');
  printCommaSeparated(writer, typeParameters, (parameter) => {
    if (typeof parameter === 'string') {
      writer.write(parameter);
      return;
    }
    checkFields('type parameter', parameter, ['name', 'constraint', 'default']);
    writer.hangingIndent(() => {
      writer.write(textOf('a type parameter name', parameter.name));
      const constraint = optionalTextOf('a type parameter constraint', parameter.constraint);
      if (!isBlank(constraint)) writer.write(` extends ${constraint}`);
      const fallback = optionalTextOf('a type parameter default', parameter.default);
      if (!isBlank(fallback)) writer.write(` = ${fallback}`);
    });
  });
  writer.write('>');
}

/** `: T` after a parameter list. */
export function printReturnType(writer: CodeWriter, returnType: unknown): void {
  if (returnType === undefined) return;
  const text = textOf('a return type', returnType);
  if (!isBlank(text)) writer.hangingIndent(() => writer.write(`: ${text}`));
}
