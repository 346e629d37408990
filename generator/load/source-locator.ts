import { readFileSync } from 'node:fs';
import { ancestorPointers, jsonPointerLines } from './json-lines.js';
import { escapePointerToken, pointerTokens } from './root-relative-refs.js';
import { blockLineFinder } from './yaml-block-lines.js';
import { documentLineFinder, type LineFinder } from './yaml-document-lines.js';

/** A place in a source file. */
export interface SourcePlace {
  file: string;
  line?: number;
}

/**
 * Maps pointers of the bundled spec back to a file and line. Path items that
 * the root pulls in with `$ref` (VoIPBIN's `paths/<resource>/*.yaml`) map to
 * their own file. Lines are computed lazily, only when a diagnostic asks, so
 * a clean load pays nothing for them.
 */
export class SourceLocator {
  private readonly pathFiles: Map<string, string>;
  private readonly lineIndexes = new Map<string, LineFinder | null>();
  private readonly texts = new Map<string, string | undefined>();

  constructor(
    readonly rootFile: string,
    rootDocument: unknown,
    private readonly readText: (file: string) => string | undefined = readLocalText,
  ) {
    this.pathFiles = collectPathFiles(rootFile, rootDocument);
  }

  /** Every file the spec pulls in at the path level, root first. */
  files(): string[] {
    return [this.rootFile, ...new Set(this.pathFiles.values())];
  }

  /** Places for many pointers at once: one scan per file instead of one per pointer. */
  locateAll(pointers: string[]): Map<string, SourcePlace> {
    const byFile = new Map<string, { pointer: string; inner: string }[]>();
    for (const pointer of pointers) {
      const { file, inner } = this.fileOf(pointerTokens(pointer));
      const list = byFile.get(file) ?? [];
      list.push({ pointer, inner: '#' + inner.map((token) => '/' + escapePointerToken(token)).join('') });
      byFile.set(file, list);
    }
    const places = new Map<string, SourcePlace>();
    for (const [file, list] of byFile) {
      const text = file.endsWith('.json') ? this.textOf(file) : undefined;
      const lines = text === undefined ? undefined : jsonPointerLines(text, withAncestors(list.map((entry) => entry.inner)));
      for (const { pointer, inner } of list) {
        const line = lines ? nearestLine(lines, inner) : this.lineIndex(file)?.(pointerTokens(inner));
        places.set(pointer, line === undefined ? { file } : { file, line });
      }
    }
    // A JSON spec's text is only needed while locating (the GitHub spec's is 13 MB): read again if asked again.
    this.texts.clear();
    return places;
  }

  locate(pointer: string): SourcePlace {
    return this.locateAll([pointer]).get(pointer) as SourcePlace;
  }

  private fileOf(tokens: string[]): { file: string; inner: string[] } {
    let file = this.rootFile;
    let inner = tokens;
    if (tokens[0] === 'paths' && tokens[1] !== undefined) {
      const pathFile = this.pathFiles.get(tokens[1]);
      if (pathFile) {
        file = pathFile;
        inner = tokens.slice(2);
      }
    }
    return { file, inner };
  }

  /** A file's text, read once per locateAll however many diagnostics point into it. */
  private textOf(file: string): string | undefined {
    if (!this.texts.has(file)) this.texts.set(file, this.readText(file));
    return this.texts.get(file);
  }

  private lineIndex(file: string): LineFinder | null {
    if (!this.lineIndexes.has(file)) {
      const text = this.textOf(file);
      this.lineIndexes.set(file, text === undefined ? null : (blockLineFinder(text) ?? documentLineFinder(text)));
    }
    return this.lineIndexes.get(file) ?? null;
  }
}

function collectPathFiles(rootFile: string, rootDocument: unknown): Map<string, string> {
  const files = new Map<string, string>();
  const paths = (rootDocument as { paths?: Record<string, unknown> } | null)?.paths;
  if (!paths || typeof paths !== 'object') return files;
  for (const [path, item] of Object.entries(paths)) {
    const ref = (item as { $ref?: unknown } | null)?.$ref;
    if (typeof ref === 'string' && !ref.startsWith('#')) {
      files.set(path, new URL(ref.split('#')[0] ?? ref, toUrl(rootFile)).href.replace(/^file:\/\//, ''));
    }
  }
  return files;
}

function toUrl(location: string): URL {
  return /^https?:\/\//i.test(location) ? new URL(location) : new URL(`file://${location}`);
}

function readLocalText(file: string): string | undefined {
  if (/^https?:\/\//i.test(file)) return undefined;
  try {
    return readFileSync(decodeURIComponent(file), 'utf8');
  } catch {
    return undefined;
  }
}

/** The line of a pointer, or of its nearest ancestor that was found. */
function nearestLine(lines: Map<string, number>, pointer: string): number | undefined {
  for (let current = pointer; ; current = current.slice(0, current.lastIndexOf('/'))) {
    const line = lines.get(current);
    if (line !== undefined || !current.includes('/')) return line;
  }
}

function withAncestors(pointers: string[]): Set<string> {
  const all = new Set<string>(['#']);
  for (const pointer of pointers) for (const current of [pointer, ...ancestorPointers(pointer)]) all.add(current);
  return all;
}
