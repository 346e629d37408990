import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedFile } from '../emit/emitter.js';
import { MANIFEST_FILE, parseManifest } from '../write/manifest.js';

/** How a folder on disk differs from what the generator makes now. Paths are sorted. */
export interface OutputComparison {
  /** Generated now, missing on disk. */
  added: string[];
  /** Listed in the manifest on disk, no longer generated. */
  removed: string[];
  /** On disk with other contents. */
  changed: { path: string; onDisk: string; generated: string }[];
  unchanged: number;
  /** The folder has no readable manifest: it was not generated, or the manifest was edited. */
  missingManifest: boolean;
}

/**
 * Compares generated files with a folder. Only generated files are looked at:
 * those the generator makes now and those the folder's manifest lists. Every
 * other file in the folder is the user's and is ignored.
 */
export function compareOutput(folder: string, files: GeneratedFile[]): OutputComparison {
  const manifestPath = join(folder, MANIFEST_FILE);
  const manifest = existsSync(manifestPath) ? parseManifest(readFileSync(manifestPath, 'utf8')) : undefined;
  const comparison: OutputComparison = { added: [], removed: [], changed: [], unchanged: 0, missingManifest: manifest === undefined };
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const onDiskPath = join(folder, ...file.path.split('/'));
    if (!existsSync(onDiskPath) || !statSync(onDiskPath).isFile()) {
      comparison.added.push(file.path);
      continue;
    }
    const onDisk = readFileSync(onDiskPath, 'utf8');
    if (onDisk === file.contents) comparison.unchanged++;
    else comparison.changed.push({ path: file.path, onDisk, generated: file.contents });
  }
  const generatedNow = new Set(files.map((file) => file.path));
  comparison.removed = Object.keys(manifest?.files ?? {})
    .filter((path) => !generatedNow.has(path))
    .sort();
  return comparison;
}

export function isCurrent(comparison: OutputComparison): boolean {
  return comparison.added.length === 0 && comparison.removed.length === 0 && comparison.changed.length === 0;
}
