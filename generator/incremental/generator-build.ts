import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../config/package-root.js';

/** Written beside the compiled generator by `npm run build`: the hash of its code, so a run need not read it all. */
export const BUILD_RECORD = 'build-hash.json';

/**
 * The generator as it runs now: its version plus a hash of its own code,
 * templates and prettier's version (the format stage matches prettier's bytes).
 * A change to the generator without a version bump (a local build, a patched
 * install, another prettier) must still make cached SDKs stale. The code's hash
 * comes from the build record when there is one (a built generator), else from
 * the code itself (the sources under test); templates are always read.
 */
export function generatorBuild(version: string): string {
  const code = codeFolder();
  const record = join(code, BUILD_RECORD);
  const codeHash = existsSync(record) ? (JSON.parse(readFileSync(record, 'utf8')) as { code: string }).code : hashFolder(code);
  const templates = hashFolder(join(packageRoot(), 'templates'));
  const hash = createHash('sha256').update(codeHash).update('\0').update(templates).update('\0').update(prettierVersion());
  return `${version}+${hash.digest('hex').slice(0, 16)}`;
}

/** The version of the prettier this generator runs with, read without loading it. */
function prettierVersion(): string {
  const folder = dirname(fileURLToPath(import.meta.resolve('prettier')));
  return (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Records the compiled generator's code hash (run by `npm run build`, after tsc). */
export function recordBuild(): void {
  writeFileSync(join(codeFolder(), BUILD_RECORD), `${JSON.stringify({ code: hashFolder(codeFolder()) })}\n`);
}

/** The generator's own code: `dist/generator` when built (also for the bundled CLI in dist/cli, made from it), `generator/` under test. */
function codeFolder(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  if (basename(here) === 'cli' && basename(dirname(here)) === 'dist') return join(dirname(here), 'generator');
  return dirname(here);
}

function hashFolder(folder: string): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(folder)) hash.update(file.slice(folder.length)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

function filesUnder(folder: string): string[] {
  const entries = readdirSync(folder, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[];
  return entries
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.map') && entry.name !== BUILD_RECORD)
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
