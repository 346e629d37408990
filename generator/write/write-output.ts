import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { GeneratedFile } from '../emit/emitter.js';
import { CACHE_FILE, EMIT_CACHE_FILE, LEAF_CACHE_FILE, MANIFEST_FILE, PARSE_CACHE_FILE, SCOPE_CACHE_FILE, parseManifest } from './manifest.js';
import { unsafeOutputReason } from './output-safety.js';
import { recoverInterruptedWrite } from './recover.js';

export interface WriteOptions {
  force?: boolean;
  cwd?: string;
  /** More files, made once the others are staged from how they were written (the build cache records it). */
  lastFiles?: (staged: ReadonlyMap<string, Stats>) => GeneratedFile[];
}

export interface WriteResult {
  written: number;
  removed: string[];
  kept: string[];
}

export class OutputRefusedError extends Error {}

/** Generator-owned files no manifest lists: never kept as the user's, never reported as removed. */
const CACHE_FILES = [CACHE_FILE, PARSE_CACHE_FILE, EMIT_CACHE_FILE, LEAF_CACHE_FILE, SCOPE_CACHE_FILE];

/**
 * Writes generated files so that the folder is never half-written: the new
 * SDK is staged in a sibling folder, the user's own files (anything the
 * previous manifest does not list) are copied in, then two renames swap it
 * into place. Files the previous generation made and this one does not are
 * the only ones that disappear.
 */
export function writeOutput(outDir: string, files: GeneratedFile[], options: WriteOptions = {}): WriteResult {
  const target = resolve(options.cwd ?? process.cwd(), outDir);
  const refused = unsafeOutputReason(target, options.cwd ?? process.cwd(), options.force ?? false);
  if (refused) throw new OutputRefusedError(refused);
  recoverInterruptedWrite(target);

  const previous = existsSync(join(target, MANIFEST_FILE)) ? parseManifest(readFileSync(join(target, MANIFEST_FILE), 'utf8')) : undefined;
  const generated = new Set(Object.keys(previous?.files ?? {}));
  generated.add(MANIFEST_FILE);
  for (const cache of CACHE_FILES) generated.add(cache);
  const incoming = new Set(files.map((file) => file.path));

  const stamp = `${process.pid}-${Date.now()}`;
  const staging = join(dirname(target), `.${basename(target)}.staging-${stamp}`);
  const backup = join(dirname(target), `.${basename(target)}.previous-${stamp}`);
  mkdirSync(dirname(target), { recursive: true });
  try {
    const stage = (file: GeneratedFile): string => {
      const path = join(staging, ...file.path.split('/'));
      if (!path.startsWith(staging + sep)) throw new OutputRefusedError(`refusing to write ${file.path}: outside the output folder`);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.contents);
      return path;
    };
    const paths = files.map(stage);
    const last = options.lastFiles?.(new Map(files.map((file, index) => [file.path, statSync(paths[index] as string)]))) ?? [];
    for (const file of last) {
      incoming.add(file.path);
      stage(file);
    }
    const kept: string[] = [];
    if (existsSync(target)) {
      for (const path of listFiles(target)) {
        if (generated.has(path) || incoming.has(path)) continue;
        cpSync(join(target, path), join(staging, path), { recursive: false, preserveTimestamps: true });
        kept.push(path);
      }
      renameSync(target, backup);
    }
    renameSync(staging, target);
    rmSync(backup, { recursive: true, force: true });
    const removed = [...generated].filter((path) => path !== MANIFEST_FILE && !CACHE_FILES.includes(path) && !incoming.has(path)).sort();
    return { written: files.length + last.length, removed, kept: kept.sort() };
  } catch (error) {
    if (existsSync(backup) && !existsSync(target)) renameSync(backup, target);
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/** Every file below a folder, as forward-slash paths relative to it. */
function listFiles(root: string): string[] {
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
}
