import type { Token } from './scan.js';

/** The expressions and types generated code writes on one line, as far as layout needs to tell them apart. */
export type Node =
  | { kind: 'atom'; text: string; literal?: 'string' | 'number' | 'boolean' | 'null' | 'template' }
  | { kind: 'member'; text: string }
  | { kind: 'call'; callee: string; typeArgs?: Node[]; args: Node[]; isNew: boolean }
  | { kind: 'typeRef'; name: string; args: Node[] }
  | { kind: 'object'; members: ObjectMember[]; isType: boolean }
  | { kind: 'array'; items: Node[] }
  | { kind: 'arrow'; params: Param[]; returnType?: Node; body: Node }
  | { kind: 'union'; types: Node[] }
  | { kind: 'intersection'; types: Node[] }
  /** `(A | B)[]`. */
  | { kind: 'unionArray'; types: Node[] }
  /** A return type `error is T`. */
  | { kind: 'predicate'; subject: string; type: Node }
  | { kind: 'parenthesised'; inner: Node }
  | { kind: 'as'; expression: Node; types: { operator: 'as' | 'satisfies'; type: Node }[] };

export type ObjectMember =
  | { kind: 'property'; key: string; optional: boolean; value: Node; readonly?: boolean }
  | { kind: 'shorthand'; key: string }
  | { kind: 'spread'; argument: Node };

export interface TypeParam {
  name: string;
  constraint?: Node;
  default?: Node;
}

export interface Param {
  name: string;
  optional: boolean;
  type?: Node;
  initializer?: Node;
}

/** Thrown for syntax outside what the layout knows; the caller leaves that code to prettier. */
export class Unsupported extends Error {
  constructor(message: string) {
    // Thrown and caught in the normal course of laying out, never shown: a stack trace would only cost time.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
  }
}

/** A recursive-descent reader of the generated-code subset. */
export class SyntaxReader {
  private position = 0;

  constructor(private readonly tokens: Token[]) {}

  get done(): boolean {
    return this.position >= this.tokens.length;
  }

  peek(offset = 0): Token | undefined {
    return this.tokens[this.position + offset];
  }

  isPunct(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token !== undefined && token.kind === 'punct' && token.text === text;
  }

  isWord(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token !== undefined && token.kind === 'word' && token.text === text;
  }

  take(): Token {
    const token = this.peek();
    if (!token) throw new Unsupported('unexpected end');
    this.position++;
    return token;
  }

  expect(text: string): void {
    const token = this.take();
    if (token.text !== text) throw new Unsupported(`expected ${text}, found ${token.text}`);
  }

  /** An expression or a type: both share one grammar here. */
  expression(): Node {
    const first = this.intersection();
    if (this.isPunct('|')) {
      const types = [first];
      while (this.isPunct('|')) {
        this.take();
        types.push(this.intersection());
      }
      return { kind: 'union', types };
    }
    if (this.isWord('as') || this.isWord('satisfies')) {
      const types: { operator: 'as' | 'satisfies'; type: Node }[] = [];
      while (this.isWord('as') || this.isWord('satisfies')) {
        const operator = this.take().text as 'as' | 'satisfies';
        types.push({ operator, type: this.unary() });
      }
      return { kind: 'as', expression: first, types };
    }
    return first;
  }

  private intersection(): Node {
    const first = this.unary();
    if (!this.isPunct('&')) return first;
    const types = [first];
    while (this.isPunct('&')) {
      this.take();
      types.push(this.unary());
    }
    return { kind: 'intersection', types };
  }

  /** A function's return type: a type, or a type predicate `error is T`. */
  returnType(): Node {
    if (this.peek()?.kind === 'word' && this.isWord('is', 1)) {
      const subject = this.take().text;
      this.take();
      return { kind: 'predicate', subject, type: this.expression() };
    }
    return this.expression();
  }

  /** `K extends keyof T = D` in a type parameter list. */
  typeParam(): TypeParam {
    const name = this.take();
    if (name.kind !== 'word') throw new Unsupported('type parameter');
    const constraint = this.isWord('extends') ? (this.take(), this.expression()) : undefined;
    const initial = this.isPunct('=') ? (this.take(), this.expression()) : undefined;
    return { name: name.text, ...(constraint ? { constraint } : {}), ...(initial ? { default: initial } : {}) };
  }

  private unary(): Node {
    const token = this.peek();
    if (!token) throw new Unsupported('unexpected end');
    if (token.kind === 'word' && (token.text === 'typeof' || token.text === 'keyof')) {
      this.take();
      return atomOf(`${token.text} ${flat(this.unary())}`);
    }
    if (token.kind === 'word' && token.text === 'new') {
      this.take();
      const callee = this.postfix(this.primary());
      if (callee.kind !== 'call') throw new Unsupported('new without arguments');
      return { ...callee, isNew: true };
    }
    if (token.kind === 'punct' && token.text === '-' && this.peek(1)?.kind === 'number') {
      this.take();
      return { kind: 'atom', text: `-${this.take().text}`, literal: 'number' };
    }
    return this.postfix(this.primary());
  }

  private primary(): Node {
    const token = this.take();
    switch (token.kind) {
      case 'string':
        return { kind: 'atom', text: token.text, literal: 'string' };
      case 'number':
        return { kind: 'atom', text: token.text, literal: 'number' };
      case 'template':
        return this.template(token);
      case 'word':
        if (token.text === 'true' || token.text === 'false') return { kind: 'atom', text: token.text, literal: 'boolean' };
        if (token.text === 'null') return { kind: 'atom', text: token.text, literal: 'null' };
        return { kind: 'atom', text: token.text };
      case 'comment':
        throw new Unsupported('comment');
      case 'punct':
        if (token.text === '{') return this.object();
        if (token.text === '[') return { kind: 'array', items: this.list(']', () => this.expression()) };
        if (token.text === '(') return this.parenthesised();
        throw new Unsupported(`unexpected ${token.text}`);
    }
  }

  /** A template literal, whole: it never breaks. */
  private template(first: Token): Node {
    let text = first.text;
    while (text.endsWith('${')) {
      text += flat(this.expression());
      const next = this.take();
      if (next.kind !== 'template') throw new Unsupported('template');
      text += next.text;
    }
    return { kind: 'atom', text, literal: 'template' };
  }

  private postfix(node: Node): Node {
    let current = node;
    for (;;) {
      if (current.kind === 'unionArray' && (this.isPunct('.') || this.isPunct('[') || this.isPunct('<') || this.isPunct('('))) throw new Unsupported('union array');
      if (this.isPunct('.') || this.isPunct('?.')) {
        // A member of a call result makes a member chain, which prettier lays out by rules of its own.
        if (current.kind === 'call') throw new Unsupported('member chain');
        const dot = this.take().text;
        const name = this.take();
        if (name.kind !== 'word') throw new Unsupported('member');
        current = { kind: 'member', text: `${flat(current)}${dot}${name.text}` };
      } else if (this.isPunct('[') && this.adjacent()) {
        this.take();
        if (this.isPunct(']')) {
          this.take();
          current = { kind: 'member', text: `${flat(current)}[]` };
        } else {
          const index = this.expression();
          this.expect(']');
          current = { kind: 'member', text: `${flat(current)}[${flat(index)}]` };
        }
      } else if (this.isPunct('<') && this.adjacent()) {
        this.take();
        const args = this.list('>', () => this.expression());
        if (this.isPunct('(') && this.adjacent()) {
          this.take();
          current = { kind: 'call', callee: flat(current), typeArgs: args, args: this.list(')', () => this.expression()), isNew: false };
        } else current = { kind: 'typeRef', name: flat(current), args };
      } else if (this.isPunct('(') && this.adjacent()) {
        this.take();
        current = { kind: 'call', callee: flat(current), args: this.list(')', () => this.expression()), isNew: false };
      } else return current;
    }
  }

  /** Whether the next token follows the previous one with no space between. */
  private adjacent(): boolean {
    const previous = this.tokens[this.position - 1];
    const next = this.peek();
    return previous !== undefined && next !== undefined && previous.start + previous.text.length === next.start;
  }

  /** `(…)`: an arrow function's parameters, or a parenthesised expression. */
  private parenthesised(): Node {
    const start = this.position;
    try {
      const params = this.list(')', () => this.param());
      const returnType = this.isPunct(':') ? (this.take(), this.unary()) : undefined;
      this.expect('=>');
      const body = this.expression();
      return { kind: 'arrow', params, ...(returnType ? { returnType } : {}), body };
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
      this.position = start;
      const inner = this.expression();
      this.expect(')');
      // An object keeps its node: the arrow body or `as` around it prints the parentheses back.
      if (inner.kind === 'object') return inner;
      // `(A | B)` as a union member, and `(A | B)[]`, break inside their parentheses; so does `(A & B)` in a union.
      if ((inner.kind === 'union' || inner.kind === 'intersection') && !this.isPunct('[')) return { kind: 'parenthesised', inner };
      if (inner.kind === 'union' && this.isPunct(']', 1) && this.adjacent()) {
        this.take();
        this.take();
        return { kind: 'unionArray', types: inner.types };
      }
      if (inner.kind !== 'atom' && inner.kind !== 'member') throw new Unsupported('parenthesised expression');
      return atomOf(`(${flat(inner)})`);
    }
  }

  param(): Param {
    const name = this.take();
    if (name.kind !== 'word') throw new Unsupported('parameter');
    const optional = this.isPunct('?') ? (this.take(), true) : false;
    const type = this.isPunct(':') ? (this.take(), this.expression()) : undefined;
    const initializer = this.isPunct('=') ? (this.take(), this.expression()) : undefined;
    return { name: name.text, optional, ...(type ? { type } : {}), ...(initializer ? { initializer } : {}) };
  }

  private object(): Node {
    const members: ObjectMember[] = [];
    let separator: string | undefined;
    while (!this.isPunct('}')) {
      members.push(this.member());
      if (this.isPunct('}')) break;
      const next = this.take().text;
      if ((next !== ',' && next !== ';') || (separator !== undefined && next !== separator)) throw new Unsupported('object separator');
      separator = next;
    }
    this.expect('}');
    return { kind: 'object', members, isType: separator === ';' };
  }

  private member(): ObjectMember {
    if (this.isPunct('...')) {
      this.take();
      return { kind: 'spread', argument: this.expression() };
    }
    const readonly = this.isWord('readonly') && ['word', 'string', 'number'].includes(this.peek(1)?.kind ?? '') ? (this.take(), true) : false;
    const key = this.take();
    if (key.kind !== 'word' && key.kind !== 'string' && key.kind !== 'number') throw new Unsupported('key');
    if (key.kind === 'word' && !readonly && (this.isPunct(',') || this.isPunct('}'))) return { kind: 'shorthand', key: key.text };
    const optional = this.isPunct('?') ? (this.take(), true) : false;
    this.expect(':');
    return { kind: 'property', key: key.text, optional, value: this.expression(), ...(readonly ? { readonly } : {}) };
  }

  /** Items up to the closing token, comma-separated, a trailing comma allowed. */
  list<T>(close: string, item: () => T): T[] {
    const items: T[] = [];
    while (!this.isPunct(close)) {
      items.push(item());
      if (this.isPunct(close)) break;
      this.expect(',');
    }
    this.expect(close);
    return items;
  }
}

function atomOf(text: string): Node {
  return { kind: 'atom', text };
}

/** A node printed on one line, as prettier prints it when everything fits. */
export function flat(node: Node): string {
  switch (node.kind) {
    case 'atom':
    case 'member':
      return node.text;
    case 'call':
      return `${node.isNew ? 'new ' : ''}${node.callee}${node.typeArgs ? `<${node.typeArgs.map(flat).join(', ')}>` : ''}(${node.args.map(flat).join(', ')})`;
    case 'typeRef':
      return `${node.name}<${node.args.map(flat).join(', ')}>`;
    case 'object':
      return node.members.length === 0 ? '{}' : `{ ${node.members.map(flatMember).join(node.isType ? '; ' : ', ')} }`;
    case 'array':
      return `[${node.items.map(flat).join(', ')}]`;
    case 'arrow':
      return `(${node.params.map(flatParam).join(', ')})${node.returnType ? `: ${flat(node.returnType)}` : ''} => ${flatArrowBody(node.body)}`;
    case 'union':
      return node.types.map(flat).join(' | ');
    case 'intersection':
      return node.types.map(flat).join(' & ');
    case 'unionArray':
      return `(${node.types.map(flat).join(' | ')})[]`;
    case 'predicate':
      return `${node.subject} is ${flat(node.type)}`;
    case 'parenthesised':
      return `(${flat(node.inner)})`;
    case 'as':
      return [flat(node.expression), ...node.types.map(({ operator, type }) => `${operator} ${flat(type)}`)].join(' ');
  }
}

/** An arrow body: an object literal, also as the start of an `as` chain, keeps its parentheses. */
function flatArrowBody(body: Node): string {
  if (body.kind === 'object') return `(${flat(body)})`;
  if (body.kind === 'as' && body.expression.kind === 'object') return flat({ ...body, expression: { kind: 'atom', text: `(${flat(body.expression)})` } });
  return flat(body);
}

function flatMember(member: ObjectMember): string {
  if (member.kind === 'spread') return `...${flat(member.argument)}`;
  if (member.kind === 'shorthand') return member.key;
  return `${member.readonly ? 'readonly ' : ''}${member.key}${member.optional ? '?' : ''}: ${flat(member.value)}`;
}

export function flatParam(param: Param): string {
  return `${param.name}${param.optional ? '?' : ''}${param.type ? `: ${flat(param.type)}` : ''}${param.initializer ? ` = ${flat(param.initializer)}` : ''}`;
}
