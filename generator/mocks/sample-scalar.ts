import type { SchemaIR } from '../ir/types.js';
import { formattedString, plainString } from './format-values.js';
import { sampleFromPattern } from './pattern-sample.js';
import type { Random } from './prng.js';

type Primitive = Extract<SchemaIR, { kind: 'primitive' }>;

/** A value for a primitive schema: pattern, then format or property name, then filler; within the bounds. */
export function samplePrimitive(schema: Primitive, random: Random, propertyName: string | undefined): string | number | boolean | null {
  switch (schema.type) {
    case 'string':
      return sampleString(schema, random, propertyName);
    case 'integer':
    case 'number':
      return sampleNumber(schema, random);
    case 'boolean':
      return random.boolean();
    case 'null':
      return null;
  }
}

function sampleString(schema: Primitive, random: Random, propertyName: string | undefined): string {
  const c = schema.constraints ?? {};
  const patterned = c.pattern === undefined ? undefined : sampleFromPattern(c.pattern, random);
  let text = patterned ?? formattedString(schema.format, propertyName, random) ?? plainString(propertyName, random);
  if (patterned === undefined) {
    if (c.minLength !== undefined && text.length < c.minLength) text = text.padEnd(c.minLength, 'x');
    if (c.maxLength !== undefined && text.length > c.maxLength) text = text.slice(0, c.maxLength);
  }
  return text;
}

function sampleNumber(schema: Primitive, random: Random): number {
  const c = schema.constraints ?? {};
  const integer = schema.type === 'integer';
  const step = integer ? 1 : 0.01;
  let low = c.minimum ?? (typeof c.exclusiveMinimum === 'number' ? c.exclusiveMinimum : undefined);
  let high = c.maximum ?? (typeof c.exclusiveMaximum === 'number' ? c.exclusiveMaximum : undefined);
  if (typeof c.exclusiveMinimum === 'number' || c.exclusiveMinimum === true) low = (low ?? 0) + step;
  if (typeof c.exclusiveMaximum === 'number' || c.exclusiveMaximum === true) high = (high ?? 0) - step;
  if (low === undefined) low = high === undefined ? 1 : Math.min(1, high);
  if (high === undefined) high = low + 99;
  if (integer) {
    low = Math.ceil(low);
    high = Math.floor(high);
  }
  let value = integer ? random.int(low, high) : low + random.int(0, Math.floor((high - low) * 100)) / 100;
  if (c.multipleOf !== undefined && c.multipleOf > 0) {
    const multiple = Math.ceil(low / c.multipleOf) * c.multipleOf;
    value = multiple <= high ? multiple : value;
  }
  return Math.round(value * 100) / 100;
}
