import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sha256 } from '../hash/lazy-crypto.js';
import { replaceFile } from '../write/replace-file.js';
import { generatorVersion } from './package-root.js';

/**
 * A TypeScript config transpiled before, by the sha256 of its text and the generator's version, kept in the
 * project's `node_modules/.cache/voipbin-sdkgen/config/`: loading TypeScript to transpile a config again costs about
 * half a second, on every build, up to date or not. (Transpiling only strips types: another TypeScript version
 * gives code that runs the same.)
 */
export interface TranspileCache {
  get(): string | undefined;
  set(text: string): void;
}

export function transpileCache(configPath: string, source: string): TranspileCache {
  const folder = cacheFolder(dirname(configPath));
  const file = folder && join(folder, `${sha256(`${generatorVersion()}\0${source}`)}.mjs`);
  return {
    get: () => (file && existsSync(file) ? readFileSync(file, 'utf8') : undefined),
    set: (text) => {
      if (!file) return;
      try {
        mkdirSync(folder, { recursive: true });
        replaceFile(file, text);
      } catch {
        // A read-only node_modules: transpile each time.
      }
    },
  };
}

/** The cache folder under the nearest node_modules from the config's folder up, or undefined without one. */
function cacheFolder(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules'))) return join(dir, 'node_modules', '.cache', 'voipbin-sdkgen', 'config');
    if (dirname(dir) === dir) return undefined;
  }
}
