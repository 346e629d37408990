import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let found: string | undefined;

/** The folder of voipbin-sdkgen's own package.json, from source (generator/) or build (dist/generator/). */
export function packageRoot(): string {
  found ??= findPackageRoot();
  return found;
}

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'voipbin-sdkgen') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('voipbin-sdkgen: cannot find the package root (package.json) above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

export function generatorVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
