import { builders, utils } from 'prettier/doc';

type Doc = builders.Doc;
import { flat, Unsupported, type Node, type ObjectMember, type Param, type TypeParam } from './syntax.js';
import { textWidthAtMost } from './width.js';

const { align, breakParent, conditionalGroup, fill, group, ifBreak, indent, indentIfBreak, join, line, lineSuffixBoundary, softline } = builders;

/**
 * prettier's docs for the nodes the layout reads, built the way prettier's estree printer builds them (checked
 * against `prettier.__debug.printToDoc`), so prettier's own doc printer breaks them exactly as prettier would.
 */
export function expressionDoc(node: Node): Doc {
  switch (node.kind) {
    case 'atom':
    case 'member':
      return node.text;
    case 'call':
      return [node.isNew ? 'new ' : '', node.callee, node.typeArgs ? typeArgumentsDoc(node.typeArgs) : '', argumentsDoc(node.args)];
    case 'typeRef':
      return [node.name, typeArgumentsDoc(node.args)];
    case 'object':
      return objectDoc(node.members, node.isType);
    case 'array':
      return arrayDoc(node.items);
    case 'arrow':
      return group([group(parametersDoc(node.params, node.returnType)), ' =>', arrowBodyDoc(node.body)]);
    case 'union':
      return unionDoc(node.types);
    case 'intersection':
    case 'predicate':
    case 'unionArray':
      // Laid out only as a whole parameter or return type (annotationDoc) or member type (memberTypeDoc); elsewhere prettier has more rules.
      throw new Unsupported(node.kind);
    case 'parenthesised':
      if (node.inner.kind !== 'union') throw new Unsupported('parenthesised expression');
      return ['(', group([indent([softline, unionDoc(node.inner.types)]), softline]), ')'];
    case 'as':
      return [expressionDoc(node.expression), ...node.types.map(({ operator, type }) => [` ${operator} `, expressionDoc(type)])];
  }
}

/** A union where it may break onto its own lines: `| A` per line. */
export function unionDoc(types: Node[]): Doc {
  return group([ifBreak('| '), join([line, '| '], types.map((type) => align(2, unionMemberDoc(type))))]);
}

/** A union member; an intersection in one is parenthesised, and breaks inside the parentheses as intersections do. */
function unionMemberDoc(type: Node): Doc {
  if (type.kind === 'parenthesised' && type.inner.kind === 'intersection') return ['(', intersectionDoc(type.inner.types), ')'];
  return expressionDoc(type);
}

/** A property signature's type: a union breaks below the key, indented; an array of one inside its parentheses. */
export function memberTypeDoc(type: Node): Doc {
  if (type.kind === 'unionArray') {
    const types = type.types.map((member) => align(2, expressionDoc(member)));
    return ['(', group([indent([ifBreak([line, '| ']), join([line, '| '], types)]), softline]), ')[]'];
  }
  return type.kind === 'union' ? group(indent([softline, unionDoc(type.types)])) : expressionDoc(type);
}

function typeArgumentsDoc(args: Node[]): Doc {
  if (args.length === 1 && (args[0]?.kind === 'atom' || args[0]?.kind === 'member')) return ['<', args[0].text, '>'];
  return group(['<', indent([softline, join([',', line], args.map(expressionDoc))]), softline, '>']);
}

/** prettier's couldExpandArg: a last argument that may hug the parentheses, also under `as` (`{ … } as unknown as T`). */
function isHuggable(node: Node | undefined): boolean {
  if (node?.kind === 'as') return isHuggable(node.expression);
  return node !== undefined && (node.kind === 'object' || node.kind === 'array' || node.kind === 'arrow') && !(node.kind === 'object' && node.members.length === 0);
}

function argumentsDoc(args: Node[]): Doc {
  if (args.length === 0) return '()';
  const printed = args.map(expressionDoc);
  if (isFunctionComposition(args)) return allArgumentsBrokenOut(printed);
  const last = args[args.length - 1];
  if (isHuggable(last) && (args.length === 1 || args[args.length - 2]?.kind !== last?.kind)) {
    // As prettier: an argument before the last that must break rules out hugging the last one.
    if (printed.slice(0, -1).some(utils.willBreak)) return allArgumentsBrokenOut(printed);
    const leading = printed.slice(0, -1).flatMap((doc) => [doc, ',', line]);
    const lastDoc = printed[printed.length - 1] as Doc;
    return [
      printed.some(utils.willBreak) ? breakParent : '',
      conditionalGroup([['(', ...leading, lastDoc, ')'], ['(', ...leading, group(lastDoc, { shouldBreak: true }), ')'], allArgumentsBrokenOut(printed)]),
    ];
  }
  return group(['(', indent([softline, join([',', line], printed)]), ifBreak(','), softline, ')']);
}

/** prettier's function-composition rule: two arrow arguments, or an argument that is a call taking an arrow, break every argument out. */
function isFunctionComposition(args: Node[]): boolean {
  if (args.length <= 1) return false;
  let arrows = 0;
  for (const arg of args) {
    if (arg.kind === 'arrow') {
      if (++arrows > 1) return true;
    } else if (arg.kind === 'call' && arg.args.some((inner) => inner.kind === 'arrow')) return true;
  }
  return false;
}

function allArgumentsBrokenOut(printed: Doc[]): Doc {
  return group(['(', indent([line, join([',', line], printed)]), ifBreak(','), line, ')'], { shouldBreak: true });
}

function objectDoc(members: ObjectMember[], isType: boolean): Doc {
  if (members.length === 0) return '{}';
  const separator = isType ? ';' : ',';
  const printed = members.map((member) => (isType ? typeMemberDoc(member) : propertyDoc(member)));
  return group(['{', indent([line, join([separator, line], printed)]), ifBreak(separator), line, '}']);
}

function arrayDoc(items: Node[]): Doc {
  if (items.length === 0) return '[]';
  if (items.every((item) => item.kind === 'atom' && item.literal === 'number')) return numbersDoc(items);
  const first = items[0] as Node;
  const concise = (item: Node) =>
    item.kind === first.kind && ((item.kind === 'object' && item.members.length > 1) || (item.kind === 'array' && item.items.length > 1));
  const shouldBreak = items.length > 1 && items.every(concise);
  return group(['[', indent([softline, join([',', line], items.map((item) => group(expressionDoc(item))))]), ifBreak(','), softline, ']'], { shouldBreak });
}

/**
 * prettier prints an array literal of (signed) numbers concisely: as many to a line as fit. The emitters print no
 * tuple types, whose numbers prettier would not fill, so an array here is always a value.
 */
function numbersDoc(items: Node[]): Doc {
  const id = Symbol('array');
  const parts = items.flatMap((item, index): Doc[] => (index === items.length - 1 ? [[expressionDoc(item), ifBreak(',', '', { groupId: id })]] : [[expressionDoc(item), ','], line]));
  return group(['[', indent([softline, fill(parts)]), softline, ']'], { id });
}

export function parametersDoc(params: Param[], returnType: Node | undefined): Doc {
  const returns = returnType ? [': ', annotationDoc(returnType)] : [];
  if (params.length === 0) return group(['()', ...returns]);
  return group(['(', indent([softline, join([',', line], params.map(parameterDoc))]), ifBreak(','), softline, ')', ...returns]);
}

function parameterDoc(param: Param): Doc {
  return [
    param.name,
    param.optional ? '?' : '',
    param.type ? [': ', annotationDoc(param.type)] : '',
    param.initializer ? [' = ', group(expressionDoc(param.initializer))] : '',
  ];
}

/** A parameter's or a return type: also an intersection, or a type predicate. */
function annotationDoc(type: Node): Doc {
  if (type.kind === 'predicate') return [type.subject, ' is ', annotationDoc(type.type)];
  return type.kind === 'intersection' ? intersectionDoc(type.types) : expressionDoc(type);
}

/** prettier's intersection: `&` joins object types inline and breaks between two other types, indented. */
function intersectionDoc(types: Node[]): Doc {
  let indented = false;
  return group(
    types.map((type, index) => {
      // An object here is a type, even with one member and so no `;` to tell.
      const printed = expressionDoc(type.kind === 'object' ? { ...type, isType: true } : type);
      if (index === 0) return printed;
      const object = type.kind === 'object';
      const previousObject = types[index - 1]?.kind === 'object';
      if (object && previousObject) return [' & ', indented ? indent(printed) : printed];
      if (!object && !previousObject) return indent([' &', line, printed]);
      if (index > 1) indented = true;
      return [' & ', index > 1 ? indent(printed) : printed];
    }),
  );
}

/** `<K extends keyof T, …>` of a function declaration. */
export function typeParametersDoc(params: TypeParam[]): Doc {
  if (params.length === 0) return '';
  const printed = params.map((param) => [
    param.name,
    param.constraint ? [' extends ', expressionDoc(param.constraint)] : '',
    param.default ? [' = ', expressionDoc(param.default)] : '',
  ]);
  return group(['<', indent([softline, join([',', line], printed)]), ifBreak(','), softline, '>']);
}

function arrowBodyDoc(body: Node): Doc {
  if (body.kind === 'object') return group([' (', expressionDoc(body), ')']);
  if (body.kind === 'array') return group([' ', expressionDoc(body)]);
  const literal = body.kind === 'atom' ? body.literal : undefined;
  if (body.kind === 'call' || literal === 'string' || literal === 'number' || literal === 'boolean' || literal === 'null') return group(indent([line, expressionDoc(body)]));
  if (body.kind === 'as') {
    // An object literal keeps its own parentheses: `=> ({…}) as T`.
    const expression = body.expression.kind === 'object' ? ['(', expressionDoc(body.expression), ')'] : expressionDoc(body.expression);
    return group(indent([line, expression, ...body.types.map(({ operator, type }) => [` ${operator} `, expressionDoc(type)])]));
  }
  throw new Unsupported(`arrow body ${body.kind}`);
}

/** `key: value` in an object literal, in the layout prettier's printAssignment picks for it. */
export function propertyDoc(member: ObjectMember): Doc {
  if (member.kind === 'spread') return ['...', expressionDoc(member.argument)];
  if (member.kind === 'shorthand') return member.key;
  if (member.readonly) throw new Unsupported('readonly in an object literal');
  return assignmentDoc([member.key, member.optional ? '?' : ''], ':', member.value, textWidthAtMost(member.key, 4));
}

/** `key?: Type` in an object type or interface. */
export function typeMemberDoc(member: ObjectMember): Doc {
  if (member.kind !== 'property') throw new Unsupported('not a property signature');
  return group([member.readonly ? 'readonly ' : '', member.key, member.optional ? '?' : '', ': ', memberTypeDoc(member.value)]);
}

/** The right-hand side after `operator`, in prettier's assignment layouts (never-break, break-after-operator, fluid). */
export function assignmentDoc(left: Doc, operator: string, value: Node, shortKey: boolean): Doc {
  const valueDoc = expressionDoc(value);
  const literal = value.kind === 'atom' ? value.literal : undefined;
  if (literal === 'template' || literal === 'boolean' || literal === 'number' || shortKey) return group([left, operator, ' ', valueDoc]);
  if (literal === 'string' || value.kind === 'member' || (value.kind === 'call' && value.args.length === 0 && !value.typeArgs)) {
    return breakAfterOperator(left, operator, valueDoc);
  }
  if (literal === 'null' || (value.kind === 'atom' && literal === undefined) || value.kind === 'as' || value.kind === 'object' || value.kind === 'array' || value.kind === 'arrow' || value.kind === 'call' || value.kind === 'typeRef') {
    return fluidAssignment(left, operator, valueDoc);
  }
  throw new Unsupported(`assignment of ${value.kind} ${flat(value).slice(0, 20)}`);
}

/** prettier's break-after-operator layout: the value moves below, indented, when the line does not fit. */
export function breakAfterOperator(left: Doc, operator: string, valueDoc: Doc): Doc {
  return group([left, operator, group(indent([line, valueDoc]))]);
}

/** prettier's fluid layout: a break after the operator only when even the value's first line cannot follow it. */
export function fluidAssignment(left: Doc, operator: string, valueDoc: Doc): Doc {
  const id = Symbol('assignment');
  return group([left, operator, group(indent(line), { id }), lineSuffixBoundary, indentIfBreak(valueDoc, { groupId: id })]);
}
