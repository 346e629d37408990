/** A path into a parsed JSON/YAML document: object keys and array indexes. */
export type DocumentPath = readonly (string | number)[];

/** Where a document came from, and how to find the line of a path in it (when it was parsed from text). */
export interface DocumentLocator {
  file?: string;
  lineOf?: (path: DocumentPath) => number | undefined;
}

/** JSON pointer (RFC 6901) in URI-fragment style, as the IR writes them: `#/paths/~1calls/get`. */
export function jsonPointer(path: DocumentPath): string {
  return `#${path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')}`;
}

/** A path as people read it: `reasons[3].http`, `paths["/calls"].get["x-error-reasons"][0]`. */
export function displayPath(path: DocumentPath): string {
  return path
    .map((segment, i) => {
      if (typeof segment === 'number') return `[${segment}]`;
      if (/^[A-Za-z_$][\w$]*$/.test(segment)) return i === 0 ? segment : `.${segment}`;
      return `[${JSON.stringify(segment)}]`;
    })
    .join('');
}

/** Where a path is: usable as a diagnostic's location or a reason's `source`. */
export interface DocumentLocation {
  pointer: string;
  file?: string;
  line?: number;
}

/** The `file`, `line` and `pointer` of `path`. */
export function locate(locator: DocumentLocator, path: DocumentPath): DocumentLocation {
  const at: DocumentLocation = { pointer: jsonPointer(path) };
  if (locator.file !== undefined) at.file = locator.file;
  const line = locator.lineOf?.(path);
  if (line !== undefined) at.line = line;
  return at;
}
