import { watch, type FSWatcher } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Calls `onChange` (debounced) when one of a set of files is written, created,
 * renamed or removed. It watches the files' folders rather than the files:
 * editors that save by writing a new file and renaming it over the old one
 * would otherwise end a per-file watch after the first save.
 */
export class FileWatcher {
  private readonly watchers = new Map<string, FSWatcher>();
  private files = new Set<string>();
  private changed = new Set<string>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly onChange: (files: string[]) => void,
    private readonly debounceMs = 50,
  ) {}

  /** Watches exactly these files from now on (folders no longer needed are released). */
  watchFiles(files: string[]): void {
    this.files = new Set(files.map((file) => resolve(file)));
    const folders = new Set([...this.files].map((file) => dirname(file)));
    for (const [folder, watcher] of this.watchers) {
      if (folders.has(folder)) continue;
      watcher.close();
      this.watchers.delete(folder);
    }
    for (const folder of folders) {
      if (this.watchers.has(folder)) continue;
      try {
        const watcher = watch(folder, (_event, name) => this.noticed(folder, name));
        watcher.on('error', () => this.forget(folder));
        this.watchers.set(folder, watcher);
      } catch {
        // A folder that does not exist (yet) cannot be watched; its files show up as missing inputs.
      }
    }
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }

  private noticed(folder: string, name: string | Buffer | null): void {
    // Without a name (some platforms) any file of the folder may have changed.
    const candidates = name === null ? [...this.files].filter((file) => dirname(file) === folder) : [join(folder, name.toString())];
    for (const file of candidates) if (this.files.has(file)) this.changed.add(file);
    if (this.changed.size === 0) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const files = [...this.changed].sort();
      this.changed.clear();
      this.onChange(files);
    }, this.debounceMs);
  }

  private forget(folder: string): void {
    this.watchers.get(folder)?.close();
    this.watchers.delete(folder);
  }
}
