import { builders } from 'prettier/doc';
import { assignmentDoc, breakAfterOperator, expressionDoc, fluidAssignment, parametersDoc, propertyDoc, typeMemberDoc, typeParametersDoc, unionDoc } from './docs.js';
import { isPlainAscii, printDoc } from './print-doc.js';
import type { Relaid } from './reindent.js';
import { scan } from './scan.js';
import { SyntaxReader, Unsupported, type Node } from './syntax.js';
import { PRINT_WIDTH } from './width.js';

type Doc = builders.Doc;
const { group, indent, line, join, ifBreak } = builders;

/** The long line at `index` broken into lines as prettier would, or undefined when its shape is not one this knows. */
export function breakLongLine(relaid: Relaid, index: number): string[] | undefined {
  const text = relaid.lines[index] as string;
  const indentation = text.length - text.trimStart().length;
  const code = text.trimStart();
  const tokens = scan(code);
  if (!tokens) return undefined;
  try {
    const doc = statementDoc(new SyntaxReader(tokens), (relaid.depths[index] ?? 0) > 0);
    if (!doc) return undefined;
    const formatted = printDoc(doc, PRINT_WIDTH - indentation, isPlainAscii(code));
    const pad = ' '.repeat(indentation);
    return formatted.split('\n').map((part) => (part === '' ? '' : pad + part));
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/** The doc of one whole line of generated code, by what the line is; undefined for a kind of line this does not know. */
function statementDoc(reader: SyntaxReader, nested: boolean): Doc | undefined {
  // A member named like a keyword (`type?: …`, `import: …`) is a member, not the statement the keyword starts.
  if (nested && reader.peek()?.kind === 'word' && (reader.isPunct(':', 1) || reader.isPunct('?', 1))) return memberLineDoc(reader);
  const reExport = reader.isWord('export') && (reader.isPunct('{', 1) || (reader.isWord('type', 1) && reader.isPunct('{', 2)));
  const exported = reader.isWord('export') && !reExport ? (reader.take(), 'export ') : '';
  if (reader.isWord('import') || reader.isWord('export')) return moduleDoc(reader);
  if (reader.isWord('return')) {
    reader.take();
    return end(reader, ['return ', expressionDoc(reader.expression()), ';'], ';');
  }
  if (reader.isWord('const')) return [exported, constDoc(reader)];
  if (reader.isWord('type')) return [exported, typeAliasDoc(reader)];
  if (reader.isWord('function')) return [exported, functionHeadDoc(reader)];
  if (!nested || exported) return undefined;
  if (reader.peek()?.kind === 'word' && reader.isPunct('(', 1)) return methodSignatureDoc(reader);
  return memberLineDoc(reader);
}

function end(reader: SyntaxReader, doc: Doc, terminator = ''): Doc {
  if (terminator) reader.expect(terminator);
  if (!reader.done) throw new Unsupported('trailing tokens');
  return doc;
}

/** `import { a, type B } from '…';` and `export { … } from '…';`. */
function moduleDoc(reader: SyntaxReader): Doc {
  const keyword = reader.take().text;
  const typeOnly = reader.isWord('type') ? (reader.take(), 'type ') : '';
  reader.expect('{');
  const names = reader.list('}', () => {
    const type = reader.isWord('type') && reader.peek(1)?.kind === 'word' ? (reader.take(), 'type ') : '';
    const name = reader.take();
    if (name.kind !== 'word') throw new Unsupported('specifier');
    return `${type}${name.text}`;
  });
  reader.expect('from');
  const source = reader.take();
  if (source.kind !== 'string' || names.length < 2) throw new Unsupported('module source');
  const specifiers = group(['{', indent([line, join([',', line], names)]), ifBreak(','), line, '}']);
  return end(reader, [keyword, ' ', typeOnly, specifiers, ' from ', source.text, ';'], ';');
}

/** `const name[: Type] = value;` */
function constDoc(reader: SyntaxReader): Doc {
  reader.expect('const');
  const name = reader.take().text;
  const type = reader.isPunct(':') ? (reader.take(), expressionDoc(reader.expression())) : undefined;
  reader.expect('=');
  const value = reader.expression();
  const left = type === undefined ? name : group([name, ': ', type]);
  return end(reader, group(['const ', assignmentDoc(left, ' =', value, false), ';']), ';');
}

/** `type Name = T;`: a union or a string literal breaks after `=`, anything else in the fluid layout. */
function typeAliasDoc(reader: SyntaxReader): Doc {
  reader.expect('type');
  const name = reader.take().text;
  reader.expect('=');
  const type: Node = reader.expression();
  const left = group(['type ', name]);
  const breaksAfter = type.kind === 'union' || (type.kind === 'atom' && type.literal === 'string');
  const doc = breaksAfter ? breakAfterOperator(left, ' =', type.kind === 'union' ? unionDoc(type.types) : type.text) : fluidAssignment(left, ' =', expressionDoc(type));
  return end(reader, [doc, ';'], ';');
}

/** `function name<T>(params): ReturnType {` opening a function declaration. */
function functionHeadDoc(reader: SyntaxReader): Doc {
  reader.expect('function');
  const name = reader.take();
  if (name.kind !== 'word') throw new Unsupported('function name');
  const typeParams = reader.isPunct('<') ? (reader.take(), reader.list('>', () => reader.typeParam())) : [];
  reader.expect('(');
  const params = reader.list(')', () => reader.param());
  // prettier hugs a lone object-typed parameter and breaks a return type after empty parentheses: rules of their own.
  if (params.length === 0 || (params.length === 1 && params[0]?.type?.kind === 'object')) throw new Unsupported('hugged parameters');
  const returnType = reader.isPunct(':') ? (reader.take(), reader.returnType()) : undefined;
  return end(reader, ['function ', name.text, typeParametersDoc(typeParams), parametersDoc(params, returnType), ' {'], '{');
}

/** `name(params): ReturnType {` opening a method. */
function methodSignatureDoc(reader: SyntaxReader): Doc {
  const name = reader.take().text;
  reader.expect('(');
  const params = reader.list(')', () => reader.param());
  const returnType = reader.isPunct(':') ? (reader.take(), reader.expression()) : undefined;
  return end(reader, [name, parametersDoc(params, returnType), ' {'], '{');
}

/** One member of a broken object literal (`key: value,`) or of a type (`key?: Type;`). */
function memberLineDoc(reader: SyntaxReader): Doc {
  const key = reader.take();
  if (key.kind !== 'word' && key.kind !== 'string') throw new Unsupported('member key');
  const optional = reader.isPunct('?') ? (reader.take(), true) : false;
  reader.expect(':');
  const value = reader.expression();
  const terminator = reader.take().text;
  if (!reader.done) throw new Unsupported('trailing tokens');
  const member = { kind: 'property', key: key.text, optional, value } as const;
  if (terminator === ',') return [propertyDoc(member), ','];
  if (terminator === ';') return [typeMemberDoc(member), ';'];
  throw new Unsupported('member terminator');
}
