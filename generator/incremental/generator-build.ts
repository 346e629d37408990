import { existsSync, readdirSync, readFileSync, writeFileSync, type Dirent } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../config/package-root.js';
import { sha256Hash } from '../hash/lazy-crypto.js';
import { unchangedSince } from './file-stamp.js';

/** Written beside the compiled generator by `npm run build`: the hash of its code, so a run need not read it all. */
export const BUILD_RECORD = 'build-hash.json';

/** The templates' hash, with what it takes to trust it later without reading them (see templatesHash). */
export interface TemplatesHash {
  sha256: string;
  /** When they were hashed (ms since the epoch, before the first was read). */
  hashedAt: number;
  /** The templates folder's subfolders and files, relative to it ('' is the folder itself). */
  paths: string[];
}

/**
 * The generator as it runs now: its version plus a hash of its own code,
 * templates and prettier's version (the format stage matches prettier's bytes).
 * A change to the generator without a version bump (a local build, a patched
 * install, another prettier) must still make cached SDKs stale. The code's hash
 * comes from the build record when there is one (a built generator), else from
 * the code itself (the sources under test).
 */
export function generatorBuild(version: string, templates: TemplatesHash = templatesHash()): string {
  const code = codeFolder();
  const record = join(code, BUILD_RECORD);
  const codeHash = existsSync(record) ? (JSON.parse(readFileSync(record, 'utf8')) as { code: string }).code : hashFolder(code);
  // Put together, not hashed again: checking a cached SDK then needs no node:crypto.
  return `${version}+${codeHash.slice(0, 12)}.${templates.sha256.slice(0, 12)}.prettier-${prettierVersion()}`;
}

/**
 * The templates' hash: `known` (taken by an earlier run) while none of its folders and files changed since it was
 * taken (a folder's change time moves when a file is added to it, renamed in it or removed from it), else read
 * again. Templates are read at run time, so they can be edited without a rebuild.
 */
export function templatesHash(known?: TemplatesHash): TemplatesHash {
  const folder = join(packageRoot(), 'templates');
  if (known && known.paths.every((path) => unchangedSince(join(folder, path), known.hashedAt))) return known;
  const hashedAt = Date.now();
  const entries = entriesUnder(folder);
  const paths = entries.filter((entry) => entry.isDirectory() || entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1));
  return { sha256: hashFiles(folder, hashedFiles(entries)), hashedAt, paths: ['', ...paths].sort() };
}

/**
 * The version of the prettier this generator runs with, read without loading it: from the node_modules folder
 * Node's lookup finds first above the package (a few stats; the ESM resolver's first call costs ~5 ms, a tenth of
 * an up-to-date run's own work), else from the resolver.
 */
function prettierVersion(): string {
  const manifest = nodeModulesManifest('prettier') ?? join(dirname(fileURLToPath(import.meta.resolve('prettier'))), 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

function nodeModulesManifest(name: string): string | undefined {
  for (let dir = packageRoot(); ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(manifest)) return manifest;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Records the compiled generator's code hash (run by `npm run build`, after tsc). */
export function recordBuild(): void {
  writeFileSync(join(codeFolder(), BUILD_RECORD), `${JSON.stringify({ code: hashFolder(codeFolder()) })}\n`);
}

/**
 * The generator's own code: `dist/generator` when built (also for the bundles made from it: the CLI in dist/cli,
 * the API in dist/api), `generator/` under test.
 */
function codeFolder(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  if ((basename(here) === 'cli' || basename(here) === 'api') && basename(dirname(here)) === 'dist') return join(dirname(here), 'generator');
  return dirname(here);
}

function hashFolder(folder: string): string {
  return hashFiles(folder, hashedFiles(entriesUnder(folder)));
}

function hashFiles(folder: string, files: string[]): string {
  const hash = sha256Hash();
  for (const file of files) hash.update(file.slice(folder.length)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

function entriesUnder(folder: string): Dirent[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true }) as Dirent[];
}

function hashedFiles(entries: Dirent[]): string[] {
  return entries
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.map') && entry.name !== BUILD_RECORD)
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
