import type { Diagnostic } from '../../diagnostics/types.js';
import type { NamedSchemaIR } from '../../ir/types.js';
import { pascalCase, uniqueName } from './identifiers.js';

/** Type names the generated model module uses itself, which a schema must not shadow. */
const RESERVED_TYPE_NAMES = ['Array', 'Blob', 'Date', 'Error', 'File', 'Partial', 'Promise', 'ReadonlyArray', 'Record', 'Uint8Array'];

/**
 * One type name per schema pointer, decided in one place. Names are the
 * PascalCase of the raw name; collisions after sanitising (`call-log` and
 * `CallLog`) are settled by raw-name order with a numeric suffix, and reported.
 * `reserved` names (the runtime's exports, the client class) are never given.
 */
export function assignSchemaNames(schemas: NamedSchemaIR[], reserved: string[] = []): { names: Map<string, string>; diagnostics: Diagnostic[] } {
  const taken = new Set<string>([...RESERVED_TYPE_NAMES, ...reserved]);
  const names = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const ordered = [...schemas].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const byBase = new Map<string, string>();
  for (const schema of ordered) {
    const base = pascalCase(schema.name);
    const name = uniqueName(RESERVED_TYPE_NAMES.includes(base) || reserved.includes(base) ? `${base}Model` : base, taken);
    names.set(schema.pointer, name);
    const earlier = byBase.get(base);
    if (earlier !== undefined && name !== base) {
      diagnostics.push({
        code: 'schema-name-collision',
        severity: 'warning',
        pointer: schema.pointer,
        message: `Schemas "${earlier}" and "${schema.name}" both become the type name ${base}; "${schema.name}" is named ${name}.`,
      });
    }
    if (earlier === undefined) byBase.set(base, schema.name);
  }
  return { names, diagnostics };
}
