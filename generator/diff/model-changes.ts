import type { NamedSchemaIR } from '../ir/types.js';
import { change } from './impact.js';
import { code } from './markdown-code.js';
import { modelDirections } from './model-usage.js';
import { schemaChanges, type SurfacePair } from './schema-changes.js';
import type { SdkSurface } from './sdk-surface.js';
import type { SdkChange } from './types.js';

/** Models (exported types) added, removed, and changed field by field, matched by their SDK type name. */
export function modelChanges(pair: SurfacePair): SdkChange[] {
  const before = byName(pair.before);
  const after = byName(pair.after);
  const directions = modelDirections([pair.before, pair.after]);
  const changes: SdkChange[] = [];
  for (const [name, model] of before) {
    const next = after.get(name);
    if (!next) {
      changes.push(change({ kind: 'model-removed', bump: 'major', target: name, message: `The type ${code(name)} was removed.` }));
      continue;
    }
    changes.push(...schemaChanges(model.schema, next.schema, { target: name, direction: directions.get(name) ?? 'both' }, pair));
  }
  for (const name of after.keys()) {
    if (!before.has(name)) changes.push(change({ kind: 'model-added', bump: 'minor', target: name, message: `New type ${code(name)}.` }));
  }
  return changes;
}

function byName(surface: SdkSurface): Map<string, NamedSchemaIR> {
  return new Map(surface.ir.schemas.map((named) => [surface.modelNames.get(named.pointer) as string, named]));
}
