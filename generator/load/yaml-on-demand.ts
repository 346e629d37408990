import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let loaded: typeof Yaml | undefined;

/**
 * The `yaml` package, loaded on first use (about 55 ms): a JSON spec, plain YAML (read by js-yaml) and an .rst
 * catalog never need it; YAML with tags or aliases, syntax errors and line numbers for YAML files do.
 */
export function yaml(): typeof Yaml {
  loaded ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return loaded;
}
