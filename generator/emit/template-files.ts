import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../config/package-root.js';
import type { GeneratedFile } from './emitter.js';

/** The TypeScript files of a folder under `templates/` (tests excluded), copied verbatim to `destination`. */
export function templateFiles(folder: string, destination: string): GeneratedFile[] {
  const source = join(packageRoot(), 'templates', folder);
  return readdirSync(source)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .sort()
    .map((file) => ({ path: `${destination}/${file}`, contents: readFileSync(join(source, file), 'utf8'), verbatim: true }));
}
