import type { NamedSchemaIR, SchemaIR } from '../../ir/types.js';
import type { SampleEngine } from '../../mocks/sample.js';
import { derefSchema, schemaIndex } from '../../ir/schema-lookup.js';
import { arrowBody, objectEntries, objectLiteral, valueLiteral } from '../naming/literals.js';
import { pascalCase, uniqueName } from '../naming/identifiers.js';
import { isObjectLike } from '../client/operation-inputs.js';
import { structures, type Statement } from '../ts/index.js';

/** Fixture factory names per schema pointer: `mock` + the type name, unique among `taken`. */
export function fixtureNames(schemas: NamedSchemaIR[], typeNames: Map<string, string>, taken: Set<string>): Map<string, string> {
  return new Map(schemas.map((named) => [named.pointer, uniqueName(`mock${pascalCase(typeNames.get(named.pointer) as string)}`, taken)]));
}

/** The mocks runtime's names a generated file uses, values and types apart. */
export interface RuntimeNames {
  values: Set<string>;
  types: Set<string>;
}

/** The factory of a shared sample of a named schema, recording it as used; undefined for any other value. */
export function factoryOf(engine: SampleEngine, names: Map<string, string>, options: { except?: object; used?: Set<string> } = {}): (value: object) => string | undefined {
  return (value) => {
    if (value === options.except) return undefined;
    const origin = engine.originOf(value);
    const name = origin === undefined ? undefined : names.get(origin);
    if (name !== undefined) options.used?.add(name);
    return name;
  };
}

/** Prints shared samples of named schemas as calls to their factories, recording the factories used. */
export function factoryCalls(engine: SampleEngine, names: Map<string, string>, options: { except?: object; used?: Set<string> } = {}): (value: object) => string | undefined {
  const factory = factoryOf(engine, names, options);
  return (value) => {
    const name = factory(value);
    return name === undefined ? undefined : `${name}()`;
  };
}

/**
 * One factory per named schema, printed as literal data: objects take
 * `overrides` for their top-level fields; nested named schemas are calls to
 * their own factories. An object factory hands its sample to the runtime's
 * `withOverrides<Type>`: a spread of `Partial<Type>` in each factory made
 * TypeScript spend a fifth of the mocks' check time on overrides (VoIPBIN).
 */
export function fixtureStatements(schemas: NamedSchemaIR[], engine: SampleEngine, typeNames: Map<string, string>, names: Map<string, string>, runtime: RuntimeNames): Statement[] {
  const index = schemaIndex({ schemas });
  return schemas.map((named) => {
    const type = typeNames.get(named.pointer) as string;
    const value = engine.named(named.pointer);
    const calls = factoryCalls(engine, names, { except: value as object });
    const shape = derefSchema(index, named.schema);
    // Past the sampler's depth limit a value is a placeholder that need not match its type: asserted, and said so.
    // An allOf of a primitive and more is sampled as an object: assert it rather than print a wrong literal.
    const objectLike = isObjectLike(named.schema, index);
    const truncated = engine.issuesOf(named.schema, value).length > 0 || (shape.kind === 'intersection' && !objectLike);
    const cast = hasBinary(named.schema) || truncated ? ` as unknown as ${type}` : '';
    const docs = `Sample \`${type}\` data: spec examples first, then generated values (seed ${engine.seed}).${truncated ? ' Parts of it are placeholders the schema does not accept (nested past the sampler\'s depth, or an allOf it cannot build), so its type is asserted.' : ''}`;
    if (isPlainObject(value) && objectLike) {
      runtime.values.add('withOverrides');
      const sample = `${objectLiteral(objectEntries(value, calls))}${cast}`;
      return structures.constant(names.get(named.pointer) as string, `(overrides?: Partial<${type}>): ${type} => withOverrides<${type}>(overrides, ${sample})`, {
        docs: `${docs} \`overrides\` replace top-level fields.`,
      });
    }
    return structures.constant(names.get(named.pointer) as string, `(): ${type} => ${arrowBody(valueLiteral(value, calls))}${cast}`, { docs });
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Binary strings are `Blob` in the types but strings in JSON samples. Refs are not followed: their factories cast themselves. */
function hasBinary(schema: SchemaIR): boolean {
  if (schema.kind === 'primitive') return schema.format === 'binary';
  if (schema.kind === 'array') return hasBinary(schema.items);
  if (schema.kind === 'object') return schema.properties.some((property) => hasBinary(property.schema)) || (typeof schema.additional === 'object' && hasBinary(schema.additional));
  if (schema.kind === 'union') return schema.variants.some(hasBinary);
  if (schema.kind === 'intersection') return schema.parts.some(hasBinary);
  return false;
}
