import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ResolvedConfig } from '../config/config.js';
import { sha256 } from '../hash/lazy-crypto.js';
import { isUrl } from '../load/read-source.js';
import { MANIFEST_FILE, parseManifest } from '../write/manifest.js';
import { readCache, type CacheRecord } from './cache-file.js';
import { currentStamp, unchangedSince } from './file-stamp.js';
import { hashInput, MISSING, optionsKey, type KnownHashes } from './fingerprint.js';
import { generatorBuild, templatesHash } from './generator-build.js';

export interface Freshness extends KnownHashes {
  /** Why the SDK must be regenerated, or undefined when it is up to date. */
  staleBecause?: string;
  /** Current hashes of the inputs the last generation read (empty without a cache). */
  hashes: Map<string, string>;
}

/**
 * Decides, without generating anything, whether the SDK in `outDir` still
 * matches its inputs: the generator (version and build), the options, the
 * output files (present and unedited) and the content of every input file the
 * last generation read. Files unchanged since the cache recorded them (file-stamp.ts) are not read again.
 */
export function checkFreshness(outDir: string, config: ResolvedConfig): Freshness {
  const hashedAt = Date.now();
  const cached = readCache(outDir);
  if (!cached) return { staleBecause: `no build cache in ${outDir} yet`, hashes: new Map(), hashedAt };
  const hashes = currentHashes(cached);
  const templates = templatesHash(cached.templates);
  const build = generatorBuild(config.generatorVersion, templates);
  const staleBecause =
    (cached.generatorVersion !== build ? `the generator changed (${cached.generatorVersion} → ${build})` : undefined) ??
    (cached.options !== optionsKey(config) ? 'the options changed' : undefined) ??
    missingOutput(outDir, cached.staged) ??
    changedInput(cached.inputs, hashes, config.cwd);
  return staleBecause === undefined ? { hashes, hashedAt, templates } : { staleBecause, hashes, hashedAt, templates };
}

/** The inputs' hashes now: the recorded one for a file unchanged since it was hashed, else its contents' hash. */
function currentHashes(cached: CacheRecord): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const [file, hash] of cached.inputs) hashes.set(file, !isUrl(file) && unchangedSince(file, cached.hashedAt) ? hash : hashInput(file));
  return hashes;
}

function missingOutput(outDir: string, staged: ReadonlyMap<string, string>): string | undefined {
  let text: string;
  try {
    text = readFileSync(join(outDir, MANIFEST_FILE), 'utf8');
  } catch {
    return `${MANIFEST_FILE} is missing from ${outDir}`;
  }
  const manifest = parseManifest(text);
  if (!manifest) return `${MANIFEST_FILE} in ${outDir} is unreadable`;
  for (const [path, hash] of Object.entries(manifest.files)) {
    const recorded = staged.get(path);
    if (recorded !== undefined && recorded === currentStamp(join(outDir, path))) continue;
    let contents: Buffer;
    try {
      contents = readFileSync(join(outDir, path));
    } catch {
      return `the generated file ${path} is missing`;
    }
    if (sha256(contents) !== hash) return `the generated file ${path} was edited`;
  }
  return undefined;
}

function changedInput(cached: ReadonlyMap<string, string>, current: ReadonlyMap<string, string>, cwd: string): string | undefined {
  for (const [file, hash] of current) {
    if (hash === MISSING) return `${shown(file, cwd)} cannot be read${isUrl(file) ? ' without fetching it (a URL)' : ''}`;
    if (hash !== cached.get(file)) return `${shown(file, cwd)} changed`;
  }
  return undefined;
}

function shown(file: string, cwd: string): string {
  const path = relative(cwd, file);
  return path.startsWith('..') || isUrl(file) ? file : path;
}
