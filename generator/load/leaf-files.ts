import { sha256 } from '../hash/lazy-crypto.js';

/**
 * What bundling found in a file it inlined whole that names no other file, and whose every ref is a
 * `#/…` pointer the root-relative rewrite sent to the root: the pointers (each once) and how many refs those were.
 */
export interface LeafFacts {
  pointers: string[];
  rewrites: number;
}

/** Leaf files' facts by the sha256 of the root's path, the file's path and the file's text. */
export type LeafMemo = ReadonlyMap<string, LeafFacts>;

/**
 * Remembers the leaf files of a whole-file bundle (bundle-whole-files.ts), so a later run inlines an unchanged one as
 * parsed, without walking it twice for refs (the rewrite to the root and back leaves such a file as it was parsed):
 * VoIPBIN's 265 path files, one edited. `previous`: an earlier run's memo.
 */
export class LeafFiles {
  private readonly remembered = new Map<string, LeafFacts>();

  constructor(private readonly previous: LeafMemo = new Map()) {}

  /** What this run found or reused, for the next run. */
  get memo(): LeafMemo {
    return this.remembered;
  }

  key(root: string, file: string, text: string): string {
    return sha256(`${JSON.stringify([root, file])}\n${text}`);
  }

  recall(key: string): LeafFacts | undefined {
    const known = this.previous.get(key);
    if (known) this.remembered.set(key, known);
    return known;
  }

  remember(key: string, facts: LeafFacts): void {
    this.remembered.set(key, facts);
  }
}
