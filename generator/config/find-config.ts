import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG_FILE_NAMES, ConfigError } from './config-file.js';

/** The nearest `voipbin-sdkgen.config.*` from `cwd` upward, or undefined. Two in one folder is an error. */
export function findConfigFile(cwd: string): string | undefined {
  for (let dir = cwd; ; dir = dirname(dir)) {
    const found = CONFIG_FILE_NAMES.map((name) => join(dir, name)).filter((file) => existsSync(file));
    if (found.length > 1) throw new ConfigError(found[0]!, [`several config files in one folder (${found.join(', ')}): keep one`]);
    if (found.length === 1) return found[0];
    if (dirname(dir) === dir) return undefined;
  }
}
