import { renameSync, writeFileSync } from 'node:fs';

/**
 * Writes `data` to `file` whole: under a temporary name beside it, then renamed into place, so that a run beside
 * this one reads the old file, none, or the new one, never a part. Throws as writeFileSync does.
 */
export function replaceFile(file: string, data: string | Uint8Array, mode?: number): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data, mode === undefined ? undefined : { mode });
  renameSync(temporary, file);
}
