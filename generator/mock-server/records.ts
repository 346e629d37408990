import type { NamedSchemaIR, SchemaIR } from '../ir/types.js';
import { flattenProperties } from '../ir/schema-lookup.js';
import { validateValue } from '../mocks/validate.js';
import type { StoredRecord } from './store.js';

/**
 * Copies the body fields a record has, when the value is valid for the
 * record's property (read-only and unknown fields are ignored, as VoIPBIN does).
 */
export function overlay(index: Map<string, NamedSchemaIR>, item: SchemaIR, record: StoredRecord, body: unknown): StoredRecord {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return record;
  const next = { ...record };
  const properties = new Map(flattenProperties(index, item).map((property) => [property.name, property]));
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    const property = properties.get(name);
    if (!property || property.schema.readOnly || name === 'id') continue;
    if (validateValue(index, property.schema, value, { direction: 'response' }).length === 0) next[name] = structuredClone(value);
  }
  return next;
}

/** Sets the creation and update timestamps VoIPBIN records carry, when the record has them. */
export function stamp(record: StoredRecord, now: Date, fields: ('tm_create' | 'tm_update')[]): StoredRecord {
  const next = { ...record };
  for (const field of fields) if (typeof next[field] === 'string') next[field] = now.toISOString();
  return next;
}

/** Encodes a page cursor: the creation number of the last record served. */
export function cursorToken(seq: number): string {
  return Buffer.from(`seq:${seq}`).toString('base64url');
}

/** The creation number a cursor stands for; undefined when the token is not one of ours. */
export function readCursor(token: string | null): number | undefined {
  if (!token) return 0;
  const match = /^seq:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : undefined;
}
