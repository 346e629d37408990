import type { NamedSchemaIR, SchemaConstraints, SchemaIR } from '../ir/types.js';
import { matchesFormat } from './format-checks.js';

/** One problem with a value: where (`destinations[0].target`, empty for the root) and what. */
export interface ValidationIssue {
  field: string;
  message: string;
}

export interface ValidateOptions {
  /** Requests may omit required readOnly properties; responses may omit required writeOnly ones. */
  direction: 'request' | 'response';
  /**
   * Issues already found for an object under a named schema, for values that share objects and are not changed
   * once built (the sample engine's shared samples, nested in many fixtures): each is checked once, not once per
   * value that holds it.
   */
  memo?: ValidationMemo;
}

/** Issues of an object value against a named schema's target, with fields from that object. */
export type ValidationMemo = WeakMap<SchemaIR, WeakMap<object, ValidationIssue[]>>;

type Index = Map<string, NamedSchemaIR>;

/**
 * Checks a JSON value against a schema of the IR. Unions pass when any
 * variant does (the IR does not keep oneOf's "exactly one").
 */
export function validateValue(index: Index, schema: SchemaIR, value: unknown, options: ValidateOptions, field = ''): ValidationIssue[] {
  if (value === null && (schema.nullable || (schema.kind === 'primitive' && schema.type === 'null'))) return [];
  const issue = (message: string): ValidationIssue[] => [{ field, message }];
  switch (schema.kind) {
    case 'ref': {
      const target = index.get(schema.target);
      if (!target) return [];
      if (!options.memo || typeof value !== 'object' || value === null) return validateValue(index, target.schema, value, options, field);
      return remembered(index, target.schema, value, options as ValidateOptions & { memo: ValidationMemo }, field);
    }
    case 'unknown':
      return [];
    case 'literal':
      return value === schema.value ? [] : issue(`must be ${JSON.stringify(schema.value)}`);
    case 'enum':
      return schema.members.some((member) => member.value === value) ? [] : issue(`must be one of ${schema.members.map((member) => JSON.stringify(member.value)).join(', ')}`);
    case 'primitive':
      return validatePrimitive(schema, value, issue);
    case 'array':
      return validateArray(index, schema, value, options, field);
    case 'object':
      return validateObject(index, schema, value, options, field);
    case 'union':
      return schema.variants.some((variant) => validateValue(index, variant, value, options, field).length === 0) ? [] : issue('matches none of the allowed shapes');
    case 'intersection':
      return schema.parts.flatMap((part) => validateValue(index, part, value, options, field));
  }
}

function remembered(index: Index, schema: SchemaIR, value: object, options: ValidateOptions & { memo: ValidationMemo }, field: string): ValidationIssue[] {
  let byValue = options.memo.get(schema);
  if (!byValue) options.memo.set(schema, (byValue = new WeakMap()));
  let issues = byValue.get(value);
  if (!issues) byValue.set(value, (issues = validateValue(index, schema, value, options)));
  if (field === '') return issues;
  return issues.map((issue) => ({ field: issue.field === '' ? field : issue.field.startsWith('[') ? `${field}${issue.field}` : `${field}.${issue.field}`, message: issue.message }));
}

function validatePrimitive(schema: Extract<SchemaIR, { kind: 'primitive' }>, value: unknown, issue: (message: string) => ValidationIssue[]): ValidationIssue[] {
  const actual = value === null ? 'null' : typeof value;
  const ok =
    schema.type === 'integer' ? Number.isInteger(value) : schema.type === 'number' ? typeof value === 'number' && Number.isFinite(value) : actual === schema.type;
  if (!ok) return issue(`must be ${schema.type === 'integer' ? 'an integer' : `a ${schema.type}`}${schema.nullable ? ' or null' : ''}`);
  if (schema.format !== undefined && !matchesFormat(schema.format, value)) return issue(`must be a valid ${schema.format}`);
  const problem = typeof value === 'string' ? stringProblem(value, schema.constraints) : typeof value === 'number' ? numberProblem(value, schema.constraints) : undefined;
  return problem ? issue(problem) : [];
}

function stringProblem(value: string, constraints: SchemaConstraints | undefined): string | undefined {
  if (!constraints) return undefined;
  const length = [...value].length;
  if (constraints.minLength !== undefined && length < constraints.minLength) return `must be at least ${constraints.minLength} characters`;
  if (constraints.maxLength !== undefined && length > constraints.maxLength) return `must be at most ${constraints.maxLength} characters`;
  if (constraints.pattern !== undefined && !safeRegExp(constraints.pattern)?.test(value)) return `must match ${constraints.pattern}`;
  return undefined;
}

const compiled = new Map<string, RegExp | undefined>();

function safeRegExp(pattern: string): RegExp | undefined {
  if (compiled.has(pattern)) return compiled.get(pattern);
  let regExp: RegExp | undefined;
  try {
    regExp = new RegExp(pattern, 'u');
  } catch {
    regExp = undefined;
  }
  compiled.set(pattern, regExp);
  return regExp;
}

function numberProblem(value: number, c: SchemaConstraints | undefined): string | undefined {
  if (!c) return undefined;
  const exclusiveMin = typeof c.exclusiveMinimum === 'number' ? c.exclusiveMinimum : c.exclusiveMinimum === true ? c.minimum : undefined;
  const exclusiveMax = typeof c.exclusiveMaximum === 'number' ? c.exclusiveMaximum : c.exclusiveMaximum === true ? c.maximum : undefined;
  if (exclusiveMin !== undefined && value <= exclusiveMin) return `must be greater than ${exclusiveMin}`;
  if (exclusiveMax !== undefined && value >= exclusiveMax) return `must be less than ${exclusiveMax}`;
  if (c.minimum !== undefined && value < c.minimum) return `must be at least ${c.minimum}`;
  if (c.maximum !== undefined && value > c.maximum) return `must be at most ${c.maximum}`;
  if (c.multipleOf !== undefined && c.multipleOf > 0 && Math.abs(value / c.multipleOf - Math.round(value / c.multipleOf)) > 1e-9) return `must be a multiple of ${c.multipleOf}`;
  return undefined;
}

function validateArray(index: Index, schema: Extract<SchemaIR, { kind: 'array' }>, value: unknown, options: ValidateOptions, field: string): ValidationIssue[] {
  if (!Array.isArray(value)) return [{ field, message: 'must be an array' }];
  const c = schema.constraints;
  if (c?.minItems !== undefined && value.length < c.minItems) return [{ field, message: `must have at least ${c.minItems} items` }];
  if (c?.maxItems !== undefined && value.length > c.maxItems) return [{ field, message: `must have at most ${c.maxItems} items` }];
  if (c?.uniqueItems === true && new Set(value.map((item) => JSON.stringify(item))).size !== value.length) return [{ field, message: 'must not repeat items' }];
  return value.flatMap((item, position) => validateValue(index, schema.items, item, options, `${field}[${position}]`));
}

function validateObject(index: Index, schema: Extract<SchemaIR, { kind: 'object' }>, value: unknown, options: ValidateOptions, field: string): ValidationIssue[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [{ field, message: 'must be an object' }];
  const record = value as Record<string, unknown>;
  const at = (name: string) => (field === '' ? name : `${field}.${name}`);
  const issues: ValidationIssue[] = [];
  const declared = new Set<string>();
  for (const property of schema.properties) {
    declared.add(property.name);
    const skippable = options.direction === 'request' ? property.schema.readOnly : property.schema.writeOnly;
    if (!Object.hasOwn(record, property.name)) {
      if (property.required && !skippable) issues.push({ field: at(property.name), message: 'is required' });
      continue;
    }
    issues.push(...validateValue(index, property.schema, record[property.name], options, at(property.name)));
  }
  const extra = Object.keys(record).filter((key) => !declared.has(key));
  // The IR cannot tell `additionalProperties: false` from an absent keyword once properties exist;
  // absent is the common case (and VoIPBIN ignores unknown fields), so only a property-less object forbids extras.
  if (schema.additional === false && schema.properties.length === 0 && extra.length > 0) issues.push(...extra.map((key) => ({ field: at(key), message: 'is not allowed' })));
  const additional = schema.additional;
  if (typeof additional === 'object') for (const key of extra) issues.push(...validateValue(index, additional, record[key], options, at(key)));
  const count = Object.keys(record).length;
  const c = schema.constraints;
  if (c?.minProperties !== undefined && count < c.minProperties) issues.push({ field, message: `must have at least ${c.minProperties} properties` });
  if (c?.maxProperties !== undefined && count > c.maxProperties) issues.push({ field, message: `must have at most ${c.maxProperties} properties` });
  return issues;
}
