import { statSync, type Stats } from 'node:fs';

/**
 * Slack for the file system's clock: timestamps may come from a coarse kernel clock, or be truncated to the
 * second (2 s on FAT), so a file changed just after `Date.now()` can carry a time a little before it.
 */
const CLOCK_SLACK_MS = 2000;

/**
 * True when `file` has not changed since before `moment` (ms since the epoch), by its change time: every write,
 * rename or timestamp reset sets it to the current time, and no tool can set it back. A hash taken after
 * `moment` is then still the hash of the file's contents, without reading them.
 */
export function unchangedSince(file: string, moment: number): boolean {
  try {
    return statSync(file).ctimeMs + CLOCK_SLACK_MS <= moment;
  } catch {
    return false;
  }
}

/**
 * Identity, size and times of a file as written: equal stamps mean the same file, untouched since. A copy, a
 * checkout or an edit makes a new stamp (a new inode or change time) even with the same bytes and mtime.
 */
export function fileStamp(stats: Stats): string {
  return `${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;
}

/** The stamp of the file at `path` now, or undefined when it cannot be read. */
export function currentStamp(path: string): string | undefined {
  try {
    return fileStamp(statSync(path));
  } catch {
    return undefined;
  }
}
