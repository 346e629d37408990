import { scalarLiteral } from '../emit/naming/literals.js';
import type { PropertyIR, SchemaIR } from '../ir/types.js';
import { byDirection, change } from './impact.js';
import { code } from './markdown-code.js';
import type { SdkSurface } from './sdk-surface.js';
import { shortType, typeText } from './type-text.js';
import type { Direction, SdkChange } from './types.js';

/** Where a schema sits in the SDK, for the changes found in it. */
export interface Place {
  /** `Call.status`, `client.calls.list params.status`. */
  target: string;
  direction: Direction;
  operation?: string;
}

export interface SurfacePair {
  before: SdkSurface;
  after: SdkSurface;
}

/**
 * The SDK-visible changes between two versions of one schema. Refs are
 * compared by model name only: a model's own changes are reported once, on
 * the model, not at every place that uses it.
 */
export function schemaChanges(before: SchemaIR, after: SchemaIR, place: Place, pair: SurfacePair): SdkChange[] {
  const changes = nullableChanges(before, after, place);
  if (before.kind === 'ref' && after.kind === 'ref') {
    const [from, to] = [pair.before.modelNames.get(before.target), pair.after.modelNames.get(after.target)];
    if (from !== to) changes.push(typeChanged(place, from ?? 'unknown', to ?? 'unknown', 'major'));
  } else if (before.kind === 'enum' && after.kind === 'enum') {
    changes.push(...enumChanges(before, after, place));
  } else if (before.kind === 'object' && after.kind === 'object') {
    changes.push(...objectChanges(before, after, place, pair));
  } else if (before.kind === 'array' && after.kind === 'array') {
    changes.push(...schemaChanges(before.items, after.items, { ...place, target: `${place.target}[]` }, pair));
  } else if (before.kind === 'intersection' && after.kind === 'intersection' && before.parts.length === after.parts.length) {
    before.parts.forEach((part, index) => changes.push(...schemaChanges(part, after.parts[index] as SchemaIR, place, pair)));
  } else {
    changes.push(...wholeTypeChange(before, after, place, pair));
  }
  return changes;
}

function nullableChanges(before: SchemaIR, after: SchemaIR, place: Place): SdkChange[] {
  if (Boolean(before.nullable) === Boolean(after.nullable)) return [];
  const where = { target: place.target, ...(place.operation ? { operation: place.operation } : {}) };
  return after.nullable
    ? [change({ kind: 'nullable-added', bump: byDirection(place.direction, { request: 'minor', response: 'major' }), ...where, message: `${code(place.target)} can now be \`null\`.` })]
    : [change({ kind: 'nullable-removed', bump: byDirection(place.direction, { request: 'major', response: 'patch' }), ...where, message: `${code(place.target)} can no longer be \`null\`.` })];
}

function enumChanges(before: Extract<SchemaIR, { kind: 'enum' }>, after: Extract<SchemaIR, { kind: 'enum' }>, place: Place): SdkChange[] {
  const from = before.members.map((member) => scalarLiteral(member.value));
  const to = after.members.map((member) => scalarLiteral(member.value));
  const where = { target: place.target, ...(place.operation ? { operation: place.operation } : {}) };
  return [
    ...from
      .filter((value) => !to.includes(value))
      .map((value) => change({ kind: 'enum-member-removed', bump: 'major', ...where, before: value, message: `${code(place.target)} no longer has the value ${code(value)}.` })),
    ...to
      .filter((value) => !from.includes(value))
      .map((value) =>
        change({
          kind: 'enum-member-added',
          bump: byDirection(place.direction, { request: 'minor', response: 'major' }),
          ...where,
          after: value,
          message: `${code(place.target)} has a new value ${code(value)}.`,
        }),
      ),
  ];
}

function objectChanges(before: Extract<SchemaIR, { kind: 'object' }>, after: Extract<SchemaIR, { kind: 'object' }>, place: Place, pair: SurfacePair): SdkChange[] {
  const changes: SdkChange[] = [];
  const old = new Map(before.properties.map((property) => [property.name, property]));
  const now = new Map(after.properties.map((property) => [property.name, property]));
  const at = (property: PropertyIR) => ({ target: `${place.target}.${property.name}`, ...(place.operation ? { operation: place.operation } : {}) });
  for (const property of before.properties) {
    if (!now.has(property.name)) changes.push(change({ kind: 'field-removed', bump: 'major', ...at(property), message: `${code(at(property).target)} was removed.` }));
  }
  for (const property of after.properties) {
    const previous = old.get(property.name);
    if (!previous) {
      const bump = property.required ? byDirection(place.direction, { request: 'major', response: 'minor' }) : 'minor';
      changes.push(change({ kind: 'field-added', bump, ...at(property), message: `${code(at(property).target)} was added${property.required ? ' (required)' : ''}.` }));
      continue;
    }
    if (previous.required && !property.required) {
      const bump = byDirection(place.direction, { request: 'minor', response: 'major' });
      changes.push(change({ kind: 'field-optional', bump, ...at(property), message: `${code(at(property).target)} is now optional (may be absent).` }));
    } else if (!previous.required && property.required) {
      const bump = byDirection(place.direction, { request: 'major', response: 'patch' });
      changes.push(change({ kind: 'field-required', bump, ...at(property), message: `${code(at(property).target)} is now required.` }));
    }
    changes.push(...schemaChanges(previous.schema, property.schema, { ...place, target: at(property).target }, pair));
  }
  if (typeof before.additional !== 'boolean' || typeof after.additional !== 'boolean' || before.additional !== after.additional) {
    const key = { ...place, target: `${place.target}[key]` };
    const [from, to] = [additional(before.additional), additional(after.additional)];
    if (from && to) changes.push(...schemaChanges(from, to, key, pair));
    else if (from !== to) changes.push(...wholeTypeChange(before, after, place, pair));
  }
  return changes;
}

function additional(value: SchemaIR | boolean): SchemaIR | undefined {
  if (value === false) return undefined;
  return value === true ? { kind: 'unknown', pointer: '' } : value;
}

/** Two schemas of different shapes: compared as type texts, widening or narrowing where one covers the other. */
function wholeTypeChange(before: SchemaIR, after: SchemaIR, place: Place, pair: SurfacePair): SdkChange[] {
  const from = typeText({ ...before, nullable: false }, pair.before, place.direction);
  const to = typeText({ ...after, nullable: false }, pair.after, place.direction);
  if (from === to) return [];
  const [old, now] = [variants(from), variants(to)];
  const widened = old.every((type) => covers(now, type));
  const narrowed = now.every((type) => covers(old, type));
  const bump = widened ? byDirection(place.direction, { request: 'minor', response: 'major' }) : narrowed ? byDirection(place.direction, { request: 'major', response: 'patch' }) : 'major';
  return [typeChanged(place, from, to, bump)];
}

function typeChanged(place: Place, from: string, to: string, bump: SdkChange['bump']): SdkChange {
  return change({
    kind: 'type-changed',
    bump,
    target: place.target,
    ...(place.operation ? { operation: place.operation } : {}),
    before: from,
    after: to,
    message: `${code(place.target)} changed type from ${code(shortType(from))} to ${code(shortType(to))}.`,
  });
}

/** Top-level union members of a type text (object bodies are kept whole). */
function variants(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if ('{([<'.includes(char)) depth++;
    else if ('})]>'.includes(char)) depth--;
    else if (char === '|' && depth === 0) {
      parts.push(text.slice(start, index).trim());
      start = index + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

/** Whether a union of `types` admits `type`: itself, or a literal of a primitive it lists. */
function covers(types: string[], type: string): boolean {
  if (types.includes(type) || types.includes('unknown')) return true;
  if (/^['"]/.test(type)) return types.includes('string');
  if (/^-?\d/.test(type)) return types.includes('number');
  if (type === 'true' || type === 'false') return types.includes('boolean');
  return false;
}
