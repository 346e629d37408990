/**
 * Reads generated TypeScript the way a compiler does, so tests can say what
 * the SDK really contains: which identifiers it declares, what its string
 * literals and property names evaluate to, and what its JSDoc says.
 */
import ts from 'typescript';
import type { GeneratedFile } from '../../generator/index.js';

export function parseTs(file: GeneratedFile): ts.SourceFile {
  return ts.createSourceFile(file.path, file.contents, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
}

/** Syntax errors tsc's parser found, as `path: message`. */
export function syntaxErrors(source: ts.SourceFile): string[] {
  const diagnostics = (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics ?? [];
  return diagnostics.map((d) => `${source.fileName}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

/** Every identifier in the code (not in strings or comments). */
export function identifiers(source: ts.SourceFile): string[] {
  const found: string[] = [];
  walk(source, (node) => {
    if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) found.push(node.text);
  });
  return found;
}

/** Object literal properties that would set the prototype (`__proto__: x` or `"__proto__": x`) instead of a property. */
export function prototypeSetters(source: ts.SourceFile): string[] {
  const found: string[] = [];
  walk(source, (node) => {
    if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) && node.name.text === '__proto__') found.push(node.getText());
  });
  return found;
}

/** The value of every string literal (and template text), as the program sees it. */
export function stringValues(source: ts.SourceFile): Set<string> {
  const found = new Set<string>();
  walk(source, (node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) found.add(node.text);
  });
  return found;
}

/** The keys of every `query: { … }` object literal (the query parameters of generated calls), as the compiler reads them. */
export function queryKeys(source: ts.SourceFile): Set<string> {
  const found = new Set<string>();
  walk(source, (node) => {
    if (!ts.isPropertyAssignment(node) || memberName(node.name) !== 'query' || !ts.isObjectLiteralExpression(node.initializer)) return;
    for (const property of node.initializer.properties) if (property.name) found.add(memberName(property.name));
  });
  return found;
}

/** A type alias or interface by name. */
function declaration(source: ts.SourceFile, name: string): ts.InterfaceDeclaration | ts.TypeAliasDeclaration | undefined {
  return source.statements.find(
    (statement): statement is ts.InterfaceDeclaration | ts.TypeAliasDeclaration =>
      (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) && statement.name.text === name,
  );
}

function memberName(name: ts.PropertyName): string {
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
  return ts.isIdentifier(name) || ts.isStringLiteralLike(name) || ts.isNumericLiteral(name) ? name.text : name.getText();
}

/** Property names of an interface (or an object type alias), as the type system sees them. */
export function propertyNames(source: ts.SourceFile, typeName: string): string[] {
  return members(source, typeName).map((member) => member.name);
}

/** The member types of a union type alias that are string, number, boolean or null literals. */
export function literalUnion(source: ts.SourceFile, typeName: string): unknown[] {
  const found = declaration(source, typeName);
  if (!found || !ts.isTypeAliasDeclaration(found)) return [];
  const flatten = (type: ts.TypeNode): ts.TypeNode[] =>
    ts.isParenthesizedTypeNode(type) ? flatten(type.type) : ts.isUnionTypeNode(type) ? type.types.flatMap(flatten) : [type];
  return flatten(found.type).flatMap((type) => (ts.isLiteralTypeNode(type) ? [literalValue(type.literal)] : []));
}

/** The values of a `const X = { … } as const` object. */
export function constObjectValues(source: ts.SourceFile, name: string): unknown[] {
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const variable of statement.declarationList.declarations) {
      if (!ts.isIdentifier(variable.name) || variable.name.text !== name || !variable.initializer) continue;
      const object = ts.isAsExpression(variable.initializer) ? variable.initializer.expression : variable.initializer;
      if (!ts.isObjectLiteralExpression(object)) return [];
      return object.properties.filter(ts.isPropertyAssignment).map((property) => literalValue(property.initializer));
    }
  }
  return [];
}

function literalValue(node: ts.Node): unknown {
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand)) return -Number(node.operand.text);
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (node.kind === ts.SyntaxKind.NullKeyword) return null;
  return undefined;
}

/**
 * The JSDoc of a declaration or member found by `pick`, as raw comment text
 * without the `/**`, `*\/` and leading ` * ` of each line.
 */
export function jsDocText(source: ts.SourceFile, node: ts.Node): string[] {
  const ranges = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
  return ranges
    .map((range) => source.text.slice(range.pos, range.end))
    .filter((text) => text.startsWith('/**'))
    .map((text) =>
      text
        .slice(3, -2)
        .split('\n')
        .map((line) => line.replace(/^\s*\* ?/, ''))
        .join('\n')
        .trim(),
    );
}

/** Members (property signatures) of an interface or object type alias, for JSDoc lookups. */
export function members(source: ts.SourceFile, typeName: string): { name: string; node: ts.Node }[] {
  const found = declaration(source, typeName);
  let list: readonly ts.TypeElement[] = [];
  if (found && ts.isInterfaceDeclaration(found)) list = found.members;
  else if (found && ts.isTypeLiteralNode(found.type)) list = found.type.members;
  return list.filter(ts.isPropertySignature).map((member: ts.PropertySignature) => ({ name: memberName(member.name), node: member }));
}

export function findDeclaration(source: ts.SourceFile, name: string): ts.Node | undefined {
  return declaration(source, name);
}

/** Undoes emit/naming's JSDoc escaping (written apart from it, so a test can catch either side). */
export function unescapeDoc(text: string): string {
  return text.replace(/\\+(?:[/*]|@(?=\w))/g, (match: string, offset: number) => {
    const before = offset > 0 ? text.charAt(offset - 1) : '';
    const char = match.charAt(match.length - 1);
    const next = text.slice(offset + match.length, offset + match.length + 6);
    const escaped =
      (char === '/' && (before === '*' || (before === '<' && /^script$/i.test(next)))) ||
      (char === '*' && before === '/') ||
      (char === '@' && (before === '' || /\s/.test(before)));
    return escaped ? match.slice(1) : match;
  });
}

/** What a JSDoc comment says: the description, then each `@tag body` (continuation lines joined), all unescaped. */
export function docParts(comment: string): { description: string; tags: { tag: string; body: string }[] } {
  const tags: { tag: string; body: string }[] = [];
  const description: string[] = [];
  for (const line of comment.split('\n')) {
    const tag = /^@(\w+) ?(.*)$/.exec(line);
    if (tag) tags.push({ tag: tag[1] as string, body: tag[2] as string });
    else if (tags.length > 0) (tags[tags.length - 1] as { body: string }).body += `\n${line}`;
    else description.push(line);
  }
  return { description: unescapeDoc(description.join('\n').trim()), tags: tags.map(({ tag, body }) => ({ tag, body: unescapeDoc(body) })) };
}

/** The JSDoc normalisation the generator promises: line separators → `\n`, control characters dropped, lone surrogates → U+FFFD, trimmed. */
export function normalisedDoc(text: string): string {
  return (text as string & { toWellFormed(): string })
    .toWellFormed()
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .trim();
}
