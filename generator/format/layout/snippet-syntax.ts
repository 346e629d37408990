import { SyntaxReader, Unsupported } from './syntax.js';

/**
 * A small subset of TypeScript, as a README example writes it, printed the way prettier prints it on one line:
 * names, single-quoted strings, decimal numbers, member access, calls, `new`, object and array literals, spread,
 * `await`, `!` and one binary operator. Each reader consumes the statement's tokens and returns prettier's text
 * for them; the caller compares that with the text as written. Anything else throws Unsupported.
 */

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** Words that are not plain variable names here: keywords, and words whose meaning depends on where they stand. */
const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for function ' +
    'if import in instanceof new null return super switch this throw true try typeof var void while with yield let static ' +
    'implements interface package private protected public await async of as satisfies type declare abstract namespace ' +
    'module keyof readonly unique infer is asserts get set accessor override from global'
  ).split(' '),
);
const VALUES = new Set(['this', 'true', 'false', 'null']);
const BINARY = new Set(['===', '!==', '&&', '||', '??', 'instanceof']);
// Calls in one member chain: with three or more, prettier may break the chain even where it fits.
const MAX_CHAIN_CALLS = 2;

/** A variable name: an ASCII identifier that is no keyword. */
export function variableName(reader: SyntaxReader): string {
  const token = reader.take();
  if (token.kind !== 'word' || !IDENTIFIER.test(token.text) || RESERVED.has(token.text)) throw new Unsupported(`name ${token.text}`);
  return token.text;
}

/** A binding: a name, or `{ a, b }` destructuring by shorthand. */
export function binding(reader: SyntaxReader): string {
  if (!reader.isPunct('{')) return variableName(reader);
  reader.take();
  const names = reader.list('}', () => variableName(reader));
  if (names.length === 0) throw new Unsupported('empty pattern');
  return `{ ${names.join(', ')} }`;
}

export function expression(reader: SyntaxReader): string {
  if (reader.isWord('await') || reader.isPunct('!')) {
    const operator = reader.take().text;
    // Of a name only: prettier misreads `await {}` (it prints the next statement twice).
    if (reader.peek()?.kind !== 'word') throw new Unsupported(`${operator} of a literal`);
    return `${operator === 'await' ? 'await ' : '!'}${postfix(reader)}`;
  }
  const left = postfix(reader);
  const operator = reader.peek();
  if (!operator || !BINARY.has(operator.text) || (operator.kind !== 'punct' && operator.kind !== 'word')) return left;
  reader.take();
  return `${left} ${operator.text} ${postfix(reader)}`;
}

/** A primary with its member accesses and calls; `new` takes a dotted name and arguments, and nothing after. */
function postfix(reader: SyntaxReader): string {
  if (reader.isWord('new')) {
    reader.take();
    let callee = variableName(reader);
    while (reader.isPunct('.')) callee += `${reader.take().text}${propertyName(reader)}`;
    return `new ${callee}(${callArguments(reader)})`;
  }
  const head = reader.peek();
  let text = primary(reader);
  // Only names take members and calls: prettier wraps a number in parentheses there, and keeps literals' own rules.
  if (head?.kind !== 'word' || (VALUES.has(head.text) && head.text !== 'this')) return text;
  let calls = 0;
  for (;;) {
    if (reader.isPunct('.') || reader.isPunct('?.')) text += `${reader.take().text}${propertyName(reader)}`;
    else if (reader.isPunct('(')) {
      if (++calls > MAX_CHAIN_CALLS) throw new Unsupported('member chain');
      text += `(${callArguments(reader)})`;
    } else return text;
  }
}

function primary(reader: SyntaxReader): string {
  const token = reader.take();
  if (token.kind === 'string') return stringLiteral(token.text);
  if (token.kind === 'number') return numberLiteral(token.text);
  if (token.kind === 'word' && VALUES.has(token.text)) return token.text;
  if (token.kind === 'word') {
    if (!IDENTIFIER.test(token.text) || RESERVED.has(token.text)) throw new Unsupported(`name ${token.text}`);
    return token.text;
  }
  if (token.kind === 'punct' && token.text === '{') return objectLiteral(reader);
  if (token.kind === 'punct' && token.text === '[') return arrayLiteral(reader);
  throw new Unsupported(`unexpected ${token.text}`);
}

function propertyName(reader: SyntaxReader): string {
  const token = reader.take();
  if (token.kind !== 'word' || !IDENTIFIER.test(token.text)) throw new Unsupported(`property ${token.text}`);
  return token.text;
}

/** Consumes `(…)`, returns what goes between the parentheses. */
function callArguments(reader: SyntaxReader): string {
  reader.expect('(');
  return reader.list(')', () => spreadOr(reader)).join(', ');
}

function spreadOr(reader: SyntaxReader): string {
  if (!reader.isPunct('...')) return expression(reader);
  reader.take();
  return `...${postfix(reader)}`;
}

function objectLiteral(reader: SyntaxReader): string {
  const members = reader.list('}', () => {
    if (reader.isPunct('...')) return spreadOr(reader);
    if (!reader.isPunct(':', 1)) return variableName(reader);
    const key = propertyName(reader);
    reader.expect(':');
    return `${key}: ${expression(reader)}`;
  });
  return members.length === 0 ? '{}' : `{ ${members.join(', ')} }`;
}

/** Items that are themselves objects or arrays are left out: prettier breaks some such arrays even where they fit. */
function arrayLiteral(reader: SyntaxReader): string {
  const items = reader.list(']', () => {
    if (reader.isPunct('{') || reader.isPunct('[')) throw new Unsupported('nested literal');
    return spreadOr(reader);
  });
  return `[${items.join(', ')}]`;
}

/** A single-quoted string whose text needs no escape and holds no quote: prettier prints it as written. */
export function stringLiteral(raw: string): string {
  if (!/^'[^'"\\\u0000-\u001f\u007f-\u009f\u2028\u2029]*'$/.test(raw)) throw new Unsupported('string');
  return raw;
}

/** A decimal integer (digit separators allowed) or a plain fraction, as prettier prints it. */
function numberLiteral(raw: string): string {
  if (!/^(?:0|[1-9](?:_?\d)*)$|^(?:0|[1-9]\d*)\.\d*[1-9]$/.test(raw)) throw new Unsupported('number');
  return raw;
}

/** An import with a default name and/or `{ named }` specifiers, or for its side effects. */
export function importDeclaration(reader: SyntaxReader): string {
  reader.expect('import');
  if (reader.peek()?.kind === 'string') return `import ${moduleSource(reader)}`;
  const clauses: string[] = [];
  if (!reader.isPunct('{')) clauses.push(variableName(reader));
  if (clauses.length === 0 || reader.isPunct(',')) {
    if (clauses.length > 0) reader.take();
    reader.expect('{');
    const names = reader.list('}', () => variableName(reader));
    if (names.length === 0) throw new Unsupported('empty import');
    clauses.push(`{ ${names.join(', ')} }`);
  }
  reader.expect('from');
  return `import ${clauses.join(', ')} from ${moduleSource(reader)}`;
}

/** The module's name and the `;` that ends the import. */
function moduleSource(reader: SyntaxReader): string {
  const source = reader.take();
  if (source.kind !== 'string') throw new Unsupported('import source');
  reader.expect(';');
  return `${stringLiteral(source.text)};`;
}

/**
 * A statement that fits a single-statement context (an `if` or `for` body): an expression statement, which starts
 * with a name, `await`, `new`, `this` or `!` (never an object, array, string or parenthesis), or `throw`.
 */
export function clause(reader: SyntaxReader): string {
  if (reader.isWord('throw')) {
    reader.take();
    const value = expression(reader);
    reader.expect(';');
    return `throw ${value};`;
  }
  const first = reader.peek();
  if (!first || !(first.kind === 'word' || (first.kind === 'punct' && first.text === '!'))) throw new Unsupported('statement start');
  const value = expression(reader);
  reader.expect(';');
  return `${value};`;
}

/** A clause, an import or a `const`/`let` declaration with its value. */
export function simpleStatement(reader: SyntaxReader): string {
  if (reader.isWord('import')) return importDeclaration(reader);
  if (!reader.isWord('const') && !reader.isWord('let')) return clause(reader);
  const kind = reader.take().text;
  const target = binding(reader);
  reader.expect('=');
  const value = expression(reader);
  reader.expect(';');
  return `${kind} ${target} = ${value};`;
}
