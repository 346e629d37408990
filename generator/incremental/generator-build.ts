import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../config/package-root.js';

/**
 * The generator as it runs now: its version plus a hash of its own code and
 * templates. A change to the generator without a version bump (a local build,
 * a patched install) must still make cached SDKs stale.
 */
export function generatorBuild(version: string): string {
  const hash = createHash('sha256');
  const code = dirname(dirname(fileURLToPath(import.meta.url)));
  for (const folder of [code, join(packageRoot(), 'templates')]) {
    for (const file of filesUnder(folder)) hash.update(file.slice(folder.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  return `${version}+${hash.digest('hex').slice(0, 16)}`;
}

function filesUnder(folder: string): string[] {
  const entries = readdirSync(folder, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[];
  return entries
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.map'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
