import type { NamedSchemaIR, SchemaIR } from '../ir/types.js';
import { schemaIndex } from '../ir/schema-lookup.js';
import { createRandom, type Random } from './prng.js';
import { refComponents, refsOf } from './ref-cycles.js';
import { samplePrimitive } from './sample-scalar.js';
import { validateValue, type ValidateOptions, type ValidationIssue } from './validate.js';

/** Nesting depth past which sampling stops expanding (cycles are cut long before). */
const MAX_DEPTH = 24;

interface State {
  random: Random;
  /** Named schemas being expanded, outermost first. */
  stack: string[];
  depth: number;
  /** Set when an example would repeat a value that must be unique. */
  skipExamples: boolean;
  /** Values that stand in for named schemas (a stored record in a create response). */
  substitutes?: ReadonlyMap<string, unknown>;
}

/**
 * SchemaIR + seed → JSON value, deterministically. Spec examples (and
 * defaults) come first when they are valid, then formats, enums and bounds.
 * Each named schema has its own random stream, keyed by its pointer, so its
 * sample does not change when unrelated schemas are added.
 *
 * Recursion is bounded: an optional property or an array that would expand a
 * schema already being expanded is left out or empty. A named schema outside
 * the current cycle is sampled once per engine and shared; {@link originOf}
 * tells which objects are such shared samples, so an emitter can print them
 * as calls to that schema's fixture factory.
 */
export class SampleEngine {
  private readonly index: Map<string, NamedSchemaIR>;
  private readonly components: Map<string, number>;
  private readonly shared = new Map<string, unknown>();
  private readonly origins = new WeakMap<object, string>();
  private readonly options: ValidateOptions;
  /** Per schema: its example or default that passed validation, or null for none. */
  private readonly validGiven = new WeakMap<SchemaIR, { value: unknown } | null>();
  /** Per schema: the named schemas it refers to (not through them), for `recurses`. */
  private readonly refs = new WeakMap<SchemaIR, string[]>();

  constructor(
    schemas: NamedSchemaIR[],
    readonly seed: number,
    direction: ValidateOptions['direction'] = 'response',
  ) {
    this.index = schemaIndex({ schemas });
    this.components = refComponents(schemas);
    this.options = { direction, memo: new WeakMap() };
  }

  /** What is wrong with a value built from this engine's samples; each shared sample it holds is checked once per engine. */
  issuesOf(schema: SchemaIR, value: unknown): ValidationIssue[] {
    return validateValue(this.index, schema, value, this.options);
  }

  /** The sample of a named schema. Treat it as read-only: it is shared with every sample that embeds it. */
  named(pointer: string): unknown {
    if (this.shared.has(pointer)) return this.shared.get(pointer);
    const named = this.index.get(pointer);
    if (!named) return {};
    const value = this.node(named.schema, { random: createRandom(this.seed, pointer), stack: [pointer], depth: 0, skipExamples: false }, undefined);
    if (typeof value === 'object' && value !== null && !this.origins.has(value)) this.origins.set(value, pointer);
    this.shared.set(pointer, value);
    return value;
  }

  /**
   * A sample of any schema; `key` seeds its stream (an operation pointer, a
   * record number…). `substitutes` replace the named schemas they key, e.g.
   * the stored call inside `{ calls: [Call] }`.
   */
  sample(schema: SchemaIR, key: string, substitutes?: ReadonlyMap<string, unknown>): unknown {
    return this.node(schema, { random: createRandom(this.seed, key), stack: [], depth: 0, skipExamples: false, ...(substitutes ? { substitutes } : {}) }, undefined);
  }

  /** The pointer of the named schema whose shared sample `value` is, if it is one. */
  originOf(value: object): string | undefined {
    return this.origins.get(value);
  }

  private node(schema: SchemaIR, state: State, name: string | undefined): unknown {
    const given = state.skipExamples ? undefined : this.given(schema);
    if (given !== undefined) return given.value;
    if (state.depth > MAX_DEPTH) return schema.nullable ? null : schema.kind === 'array' ? [] : {};
    switch (schema.kind) {
      case 'ref':
        return this.ref(schema.target, deeper(state));
      case 'primitive':
        return samplePrimitive(schema, state.random, name);
      case 'literal':
        return schema.value;
      case 'enum':
        return state.random.pick(schema.members).value;
      case 'array':
        return this.array(schema, deeper(state), name);
      case 'object':
        return this.object(schema, deeper(state));
      case 'union':
        return this.union(schema, deeper(state), name);
      case 'intersection': {
        const inner = deeper(state);
        return schema.parts.map((part) => this.node(part, inner, name)).reduce(merge);
      }
      case 'unknown':
        return {};
    }
  }

  /** The spec's example, else its default, when valid against the schema (checked once per schema). */
  private given(schema: SchemaIR): { value: unknown } | undefined {
    let valid = this.validGiven.get(schema);
    if (valid === undefined) {
      const candidate = [schema.example, schema.default].find((value) => value !== undefined && validateValue(this.index, schema, value, this.options).length === 0);
      valid = candidate === undefined ? null : { value: candidate };
      this.validGiven.set(schema, valid);
    }
    if (valid === null) return undefined;
    // A copy, so that no sample shares an object with the spec; a string, number or boolean is its own copy.
    return typeof valid.value === 'object' && valid.value !== null ? { value: structuredClone(valid.value) } : valid;
  }

  private ref(target: string, state: State): unknown {
    if (state.substitutes?.has(target)) return state.substitutes.get(target);
    const named = this.index.get(target);
    if (!named) return {};
    if (state.stack.includes(target)) return named.schema.nullable ? null : {};
    const component = this.components.get(target);
    const inCycle = state.stack.some((pointer) => this.components.get(pointer) === component);
    // Shared samples know nothing of substitutes, so with substitutes every ref is expanded here.
    if (!inCycle && !state.substitutes) return this.named(target);
    return this.node(named.schema, { ...state, stack: [...state.stack, target] }, undefined);
  }

  private recurses(schema: SchemaIR, state: State): boolean {
    let refs = this.refs.get(schema);
    if (refs === undefined) {
      refs = [...refsOf(schema)];
      this.refs.set(schema, refs);
    }
    return refs.some((target) => state.stack.includes(target));
  }

  private object(schema: Extract<SchemaIR, { kind: 'object' }>, state: State): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const hidden = this.options.direction === 'response' ? 'writeOnly' : 'readOnly';
    for (const property of schema.properties) {
      if (property.schema[hidden] === true && !property.required) continue;
      if (!property.required && this.recurses(property.schema, state)) continue;
      const value = this.node(property.schema, state, property.name);
      // A property named `__proto__` must be a field, not the object's prototype.
      if (property.name === '__proto__') Object.defineProperty(out, property.name, { value, enumerable: true, writable: true, configurable: true });
      else out[property.name] = value;
    }
    if (schema.properties.length === 0 && typeof schema.additional === 'object') out.key = this.node(schema.additional, state, 'key');
    return out;
  }

  private array(schema: Extract<SchemaIR, { kind: 'array' }>, state: State, name: string | undefined): unknown[] {
    const min = schema.constraints?.minItems ?? 0;
    const max = schema.constraints?.maxItems ?? Number.POSITIVE_INFINITY;
    if (min === 0 && this.recurses(schema.items, state)) return [];
    const count = Math.min(Math.max(min, 1), max);
    const items: unknown[] = [];
    const seen = new Set<string>();
    for (let attempt = 0; items.length < count && attempt < count + 8; attempt++) {
      const item = this.node(schema.items, { ...state, skipExamples: attempt > 0 && schema.constraints?.uniqueItems === true }, name);
      const key = JSON.stringify(item);
      if (schema.constraints?.uniqueItems === true && seen.has(key)) continue;
      seen.add(key);
      items.push(item);
    }
    return items;
  }

  private union(schema: Extract<SchemaIR, { kind: 'union' }>, state: State, name: string | undefined): unknown {
    const mapping = schema.discriminator?.mapping ?? [];
    if (schema.discriminator && mapping.length > 0) {
      const entry = state.random.pick(mapping);
      const value = this.ref(entry.target, state);
      return isPlainObject(value) ? { ...value, [schema.discriminator.propertyName]: entry.value } : value;
    }
    const start = state.random.int(0, schema.variants.length - 1);
    let fallback: unknown;
    for (let offset = 0; offset < schema.variants.length; offset++) {
      const variant = schema.variants[(start + offset) % schema.variants.length] as SchemaIR;
      const value = this.node(variant, state, name);
      if (offset === 0) fallback = value;
      // oneOf wants exactly one matching variant; a sample matching several is a worse pick.
      const matching = schema.variants.filter((other) => validateValue(this.index, other, value, this.options).length === 0).length;
      if (matching === 1) return value;
    }
    return fallback;
  }
}

/** The state one level down. */
function deeper(state: State): State {
  return { ...state, depth: state.depth + 1, skipExamples: false };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep merge of allOf parts into a new object; later parts win on scalars. */
function merge(left: unknown, right: unknown): unknown {
  if (!isPlainObject(left) || !isPlainObject(right)) return right;
  const out: Record<string, unknown> = { ...left };
  for (const [key, value] of Object.entries(right)) out[key] = key in out ? merge(out[key], value) : value;
  return out;
}
