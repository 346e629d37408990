import type { Diagnostic } from '../../diagnostics/types.js';
import type { NamingHooks } from '../../config/hooks.js';
import type { NamedSchemaIR } from '../../ir/types.js';
import { hookedName } from './hooks.js';
import { pascalCase, uniqueName } from './identifiers.js';

/** Type names the generated model module uses itself, which a schema must not shadow. */
const RESERVED_TYPE_NAMES = ['Array', 'Blob', 'Date', 'Error', 'File', 'Partial', 'Promise', 'ReadonlyArray', 'Record', 'Uint8Array'];

/**
 * One type name per schema pointer, decided in one place. Names are the
 * PascalCase of the raw name; collisions after sanitising (`call-log` and
 * `CallLog`) are settled by raw-name order with a numeric suffix, and reported.
 * The `model` naming hook may replace a default name before that. `reserved`
 * names (the runtime's exports, the client class) are never given.
 */
export function assignSchemaNames(schemas: NamedSchemaIR[], hooks?: NamingHooks, reserved: readonly string[] = []): { names: Map<string, string>; diagnostics: Diagnostic[] } {
  const taken = new Set<string>([...RESERVED_TYPE_NAMES, ...reserved]);
  const names = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const ordered = [...schemas].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const byBase = new Map<string, string>();
  for (const schema of ordered) {
    const preferred = pascalCase(schema.name);
    const wanted = hookedName(hooks, 'model', { name: RESERVED_TYPE_NAMES.includes(preferred) || reserved.includes(preferred) ? `${preferred}Model` : preferred, rawName: schema.name, pointer: schema.pointer, origin: schema.origin }, 'type');
    const name = uniqueName(wanted, taken);
    names.set(schema.pointer, name);
    const earlier = byBase.get(preferred);
    if (earlier !== undefined && name !== preferred) {
      diagnostics.push({
        code: 'schema-name-collision',
        severity: 'warning',
        pointer: schema.pointer,
        message: `Schemas "${earlier}" and "${schema.name}" both become the type name ${preferred}; "${schema.name}" is named ${name}.`,
      });
    }
    if (earlier === undefined) byBase.set(preferred, schema.name);
  }
  return { names, diagnostics };
}
