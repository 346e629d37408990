import { statSync, type Stats } from 'node:fs';

/**
 * True when `file` has not changed since before `moment` (ms since the epoch), by its change time: every write,
 * rename or timestamp reset sets it to the current time, and no tool can set it back. A hash taken after
 * `moment` is then still the hash of the file's contents, without reading them.
 */
export function unchangedSince(file: string, moment: number): boolean {
  try {
    const { ctimeMs } = statSync(file);
    return ctimeMs + clockSlackMs(ctimeMs) <= moment;
  } catch {
    return false;
  }
}

/**
 * True when `file` was changed after `moment` (`Date.now()`, whole milliseconds), by its change time, which never
 * runs ahead of the clock: a change made before `moment` never counts, even one in the same millisecond (its change
 * time has the fraction `Date.now()` drops). One made in that millisecond or the clock tick after it may be missed.
 */
export function changedAfter(file: string, moment: number): boolean {
  try {
    return Math.floor(statSync(file).ctimeMs) > moment;
  } catch {
    return false;
  }
}

/**
 * How far a file's change time may lag `Date.now()` taken after the change: a tick of the kernel's coarse clock
 * (10 ms at most), or, for a time on a whole second, the truncation of a file system that keeps seconds (ext3,
 * HFS+) or even seconds (FAT).
 */
function clockSlackMs(ctimeMs: number): number {
  return ctimeMs % 1000 === 0 ? 2000 : 50;
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
