import { join } from 'node:path';
import { packageRoot } from '../config/package-root.js';
import { full } from './full.js';
import { lite } from './lite.js';
import { serviceAgent } from './service-agent.js';
import { DEFAULT_EMITTER_OPTIONS, type BuiltinFlavorName, type CustomFlavor, type EmitterOptions, type EmitterOptionsInput, type Flavor, type ResolvedFlavor } from './types.js';
import { zod } from './zod.js';

export type * from './types.js';

export const BUILTIN_FLAVORS: Record<BuiltinFlavorName, Flavor> = { full, lite, zod, 'service-agent': serviceAgent };

export function isBuiltinFlavor(name: string): name is BuiltinFlavorName {
  return Object.hasOwn(BUILTIN_FLAVORS, name);
}

/** The problem with a flavor a caller passed without the config file's checks (a name or `extends` that is not built in), if any. */
export function unknownFlavor(flavor: BuiltinFlavorName | CustomFlavor | undefined): string | undefined {
  const name = typeof flavor === 'string' ? flavor : flavor?.extends;
  if (name === undefined || isBuiltinFlavor(name)) return undefined;
  return `No built-in flavor "${name}"; flavors are: ${Object.keys(BUILTIN_FLAVORS).join(', ')}.`;
}

/**
 * A built-in name or a custom flavor → the flavor to run. A custom flavor
 * replaces the fields it gives (emitters, filters) and merges options over
 * the flavor it extends; `userTemplates` override the flavor's own.
 */
export function resolveFlavor(flavor: BuiltinFlavorName | CustomFlavor = 'full', userTemplates?: string): ResolvedFlavor {
  const custom: CustomFlavor = typeof flavor === 'string' ? { extends: flavor } : flavor;
  const base = BUILTIN_FLAVORS[custom.extends ?? 'full'];
  const templateFolders = [...(base.templates ? [join(packageRoot(), base.templates)] : []), ...(userTemplates ? [userTemplates] : [])];
  return {
    name: custom.name ?? base.name,
    emitters: custom.emitters ?? base.emitters,
    options: mergeOptions(mergeOptions(DEFAULT_EMITTER_OPTIONS, base.options), custom.options),
    filters: custom.filters ?? base.filters ?? {},
    templateFolders,
  };
}

function mergeOptions(base: EmitterOptions, over: EmitterOptionsInput | undefined): EmitterOptions {
  if (!over) return base;
  const merged = { ...base };
  for (const key of Object.keys(over) as (keyof EmitterOptions)[]) merged[key] = { ...base[key], ...over[key] };
  return merged;
}
