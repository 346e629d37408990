import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { sha256Hash } from '../hash/lazy-crypto.js';
import { replaceFile } from '../write/replace-file.js';

/** A CommonJS file run with V8's code cache: its exports, and how to save the cache for the next run. */
export interface CachedScript<Exports> {
  exports: Exports;
  /**
   * Writes the cache when there was none to use. Call it once the work is done: the cache then holds every function
   * the run compiled, not only the file's top level.
   */
  save(): void;
}

/** Caches written this long ago are removed when a new one is written (another version's, another Node's, or one to make again). */
const STALE_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Where code caches go: `VOIPBIN_SDKGEN_CODE_CACHE` (a folder; `0` or `off` for none), else a folder of this user's
 * in the temp folder. None when `NODE_DISABLE_COMPILE_CACHE` is set, as for Node's own compile cache.
 */
export function codeCacheFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const setting = env.VOIPBIN_SDKGEN_CODE_CACHE;
  if (setting === '0' || setting === 'off' || env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  return setting || join(tmpdir(), `voipbin-sdkgen-code-cache-${process.getuid?.() ?? 'user'}`);
}

/**
 * Runs a CommonJS bundle the way Node's loader would, but compiled with V8's code cache: the command line's bundle
 * is a megabyte of code, and parsing and compiling what a run uses of it was 3.4% of a VoIPBIN generation (209 M
 * instructions). The cache is keyed by the bundle's text and the Node version; V8 itself refuses a cache
 * made with other V8 flags, so the caller sets the flags a run changes before calling this. A cache holds the
 * functions its first run compiled, and is not made again once V8 accepts it: `use` (a word) keeps one per use,
 * so that a first `--help` does not leave `generate` a cache of little use. The cache is read only from a folder of
 * this user's that no one else can write: code read from it runs as is.
 */
export function runCached<Exports>(file: string, { folder = codeCacheFolder(), use = 'default' }: { folder?: string | undefined; use?: string } = {}): CachedScript<Exports> {
  const source = readFileSync(file, 'utf8');
  const cacheFile = folder === undefined ? undefined : join(folder, `${basename(file)}-${use}-${cacheKey(source)}.bin`);
  const cached = cacheFile !== undefined && ownFolder(folder as string) ? readIfThere(cacheFile) : undefined;
  // Node's own CommonJS wrapper, on the first line so that line numbers in stack traces stay the file's.
  // No `import()` in it: for code from the cache, Node 20 loses the callback import() needs (modules/import-module.ts).
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData: cached });
  const module = { exports: {} as Exports };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  // Made again only when there was none or V8 refused it.
  let saved = cacheFile === undefined || (cached !== undefined && script.cachedDataRejected !== true);
  return {
    exports: module.exports,
    save() {
      if (saved) return;
      saved = true;
      writeCache(cacheFile as string, script.createCachedData());
    },
  };
}

function cacheKey(source: string): string {
  return sha256Hash().update(`${process.version}\0${process.arch}\0`).update(source).digest('hex').slice(0, 24);
}

/** The folder exists, is this user's, and only this user can write into it (POSIX; elsewhere, it exists). */
function ownFolder(folder: string): boolean {
  try {
    const stat = statSync(folder);
    if (!stat.isDirectory()) return false;
    if (process.getuid === undefined) return true;
    return stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Written whole (replaceFile): a concurrent run reads the old cache, none or the new one. A cache that cannot be written is no error. */
function writeCache(cacheFile: string, data: Buffer): void {
  const folder = dirname(cacheFile);
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    if (!ownFolder(folder)) return;
    replaceFile(cacheFile, data, 0o600);
    removeStale(folder, Date.now());
  } catch {
    // Best effort: the next run compiles again.
  }
}

function removeStale(folder: string, now: number): void {
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.bin') && !name.endsWith('.tmp')) continue;
    const path = join(folder, name);
    if (now - statSync(path).mtimeMs > STALE_MS) rmSync(path, { force: true });
  }
}
