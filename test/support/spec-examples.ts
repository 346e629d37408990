/**
 * Values for requests, taken from an OpenAPI document's own examples: the
 * spec's `example`/`examples` first, then enums, formats and bounds. Works on
 * the raw JSON (local refs only), independently of the generator's IR.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = Record<string, any>;

const FORMAT_VALUES: Record<string, string> = {
  uuid: '550e8400-e29b-41d4-a716-446655440000',
  'date-time': '2026-01-15T09:30:00Z',
  date: '2026-01-15',
  email: 'user@example.com',
  uri: 'https://example.com/resource',
  url: 'https://example.com/resource',
  hostname: 'example.com',
  ipv4: '192.0.2.1',
};

export class SpecExamples {
  constructor(private readonly document: Schema) {}

  /** Follows a local `$ref` (`#/components/…`). */
  resolve(node: Schema | undefined): Schema {
    let current = node ?? {};
    for (let hops = 0; typeof current.$ref === 'string' && hops < 32; hops++) {
      const path = (current.$ref as string).replace(/^#\//, '').split('/').map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
      current = path.reduce<any>((value, key) => value?.[key], this.document) ?? {};
    }
    return current;
  }

  /** The example of a parameter object. */
  parameter(parameter: Schema): Json {
    const resolved = this.resolve(parameter);
    const explicit = firstExample(resolved);
    return explicit !== undefined ? explicit : this.value(resolved.schema);
  }

  /** The example body of a media type object (`content['application/json']`). */
  media(media: Schema): Json {
    const explicit = firstExample(media);
    return explicit !== undefined ? explicit : this.value(media.schema);
  }

  /** A value valid against `schema`, built from its examples where it has them. */
  value(node: Schema | undefined, depth = 0, seen: ReadonlySet<string> = new Set()): Json {
    if (node === undefined) return null;
    if (typeof node.$ref === 'string') {
      if (seen.has(node.$ref) || depth > 12) return null;
      return this.value(this.resolve(node), depth + 1, new Set([...seen, node.$ref]));
    }
    const explicit = firstExample(node);
    if (explicit !== undefined) return explicit;
    if (node.const !== undefined) return node.const;
    if (Array.isArray(node.enum) && node.enum.length > 0) return node.enum[0];
    if (Array.isArray(node.allOf)) {
      return node.allOf.reduce<Json>((merged, part: Schema) => {
        const value = this.value(part, depth + 1, seen);
        return isObject(merged) && isObject(value) ? { ...merged, ...value } : value ?? merged;
      }, {});
    }
    const variants = node.oneOf ?? node.anyOf;
    if (Array.isArray(variants) && variants.length > 0) return this.value(variants[0], depth + 1, seen);
    const type = Array.isArray(node.type) ? node.type.find((t: string) => t !== 'null') : node.type;
    switch (type) {
      case 'string':
        return FORMAT_VALUES[node.format] ?? 'x'.repeat(Math.max(1, Math.min(node.minLength ?? 1, 64)));
      case 'integer':
      case 'number':
        return node.minimum ?? (node.maximum !== undefined ? Math.min(1, node.maximum) : 1);
      case 'boolean':
        return true;
      case 'array':
        return depth > 10 ? [] : [this.value(node.items, depth + 1, seen)];
      default:
        if (node.properties || node.additionalProperties || type === 'object') return this.object(node, depth, seen);
        return 'x';
    }
  }

  private object(node: Schema, depth: number, seen: ReadonlySet<string>): Json {
    const result: Record<string, Json> = {};
    const required = new Set<string>(node.required ?? []);
    for (const [name, property] of Object.entries<Schema>(node.properties ?? {})) {
      const resolved = this.resolve(property);
      if (resolved.readOnly === true) continue;
      // Deep optional branches add nothing to what Prism checks, and recursive models never end.
      if (!required.has(name) && depth > 6) continue;
      result[name] = this.value(property, depth + 1, seen);
    }
    return result;
  }
}

function firstExample(node: Schema | undefined): Json | undefined {
  if (!node) return undefined;
  if (node.example !== undefined) return node.example;
  if (Array.isArray(node.examples) && node.examples.length > 0) return node.examples[0];
  if (node.examples && typeof node.examples === 'object') {
    const first = Object.values<Schema>(node.examples)[0];
    if (first && first.value !== undefined) return first.value;
  }
  return undefined;
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
