import type { Diagnostic } from '../diagnostics/types.js';
import { bundleWholeFiles } from './bundle-whole-files.js';
import { bundleWithResolver } from './bundle-with-resolver.js';
import { canonicalHash } from './canonical-hash.js';
import { checkVersion } from './check-version.js';
import { collectRefs, danglingLocalRefs } from './local-refs.js';
import type { LeafFiles } from './leaf-files.js';
import type { SpecParser } from './memo-parser.js';
import { parseSpecText } from './parse-document.js';
import { readSource, toSpecSource, type SpecSource } from './read-source.js';
import { SourceLocator } from './source-locator.js';

/** A spec read, resolved into one document with internal refs only, and checked. */
export interface LoadedSpec {
  /** The bundled document: every external ref inlined, internal `$ref`s kept (cycles stay refs). */
  document: Record<string, unknown>;
  openapi: '3.0' | '3.1';
  source: SpecSource;
  /** sha256 of the canonical (key-sorted) bundled document. */
  hash: string;
  locator: SourceLocator;
  diagnostics: Diagnostic[];
}

/** `files`: every file (or URL) the spec was read from, root first, also when loading failed — what a watcher watches. */
export type LoadResult = ({ ok: true; spec: LoadedSpec } | { ok: false; diagnostics: Diagnostic[] }) & { files: string[] };

type DocumentResult = { ok: true; spec: LoadedSpec } | { ok: false; diagnostics: Diagnostic[] };

export interface LoadOptions {
  cwd?: string;
  timeoutMs?: number;
  /** Reads each file's text (default parseSpecText): a MemoParser skips files an earlier run parsed. */
  parse?: SpecParser;
  /** Leaf files of a whole-file bundle an earlier run walked: inlined as parsed. */
  leaves?: LeafFiles;
}

/** Reads a spec file or URL (JSON or YAML, one file or many) into a bundled document. */
export async function loadSpec(spec: string, options: LoadOptions = {}): Promise<LoadResult> {
  const source = toSpecSource(spec, options.cwd ?? process.cwd());
  const read = await readSource(source, options.timeoutMs);
  if (!read.ok) return { ok: false, diagnostics: [read.diagnostic], files: [source.location] };
  return loadSpecText(read.text, source, options);
}

/** Same as loadSpec, for a root document whose text is already in hand. */
export async function loadSpecText(text: string, source: SpecSource, options: LoadOptions = {}): Promise<LoadResult> {
  const files = new Set<string>();
  const result = await loadDocument(text, source, files, options);
  return { ...result, files: [source.location, ...[...files].filter((file) => file !== source.location).sort()] };
}

async function loadDocument(text: string, source: SpecSource, files: Set<string>, options: LoadOptions): Promise<DocumentResult> {
  const root = source.location;
  const parse = options.parse ?? parseSpecText;
  const parsed = parse(text, root);
  if (!parsed.ok) return { ok: false, diagnostics: [parsed.diagnostic] };
  const version = checkVersion(parsed.value, root);
  if (!version.ok) return { ok: false, diagnostics: [version.diagnostic] };

  const rootDocument = parsed.value as Record<string, unknown>;
  const locator = new SourceLocator(root, rootDocument);
  const diagnostics: Diagnostic[] = [];
  const rewrites = { count: 0, files: new Set<string>() };
  const refs = collectRefs(rootDocument);
  let bundled: Record<string, unknown>;
  if (refs.every(({ ref }) => ref.startsWith('#'))) {
    // One self-contained file: nothing to bundle, only local refs to check.
    const dangling = danglingLocalRefs(rootDocument, refs, locator);
    if (dangling.length > 0) return { ok: false, diagnostics: dangling };
    bundled = rootDocument;
  } else {
    const quick = source.isUrl ? undefined : bundleWholeFiles(rootDocument, root, { rewrites, files }, parse, options.leaves);
    const result = quick ? { ok: true as const, document: quick } : await bundleWithResolver(rootDocument, root, locator, { rewrites, files }, { ...options, parse });
    if (!result.ok) return result;
    bundled = result.document;
  }

  if (rewrites.count > 0) {
    diagnostics.push({
      code: 'root-relative-refs',
      severity: 'info',
      message:
        `${rewrites.count} $ref(s) in ${rewrites.files.size} file(s) use "#/components/..." to mean the root document ` +
        `(VoIPBIN's multi-file style); resolved them against ${root}.`,
      file: root,
    });
  }
  const missingPaths = checkPaths(bundled, root);
  if (missingPaths) return { ok: false, diagnostics: [missingPaths] };

  const hash = canonicalHash(bundled);
  return { ok: true, spec: { document: bundled, openapi: version.version, source, hash, locator, diagnostics } };
}

function checkPaths(document: Record<string, unknown>, file: string): Diagnostic | undefined {
  const paths = document.paths;
  if (typeof paths === 'object' && paths !== null && !Array.isArray(paths)) return undefined;
  return {
    code: 'spec-no-paths',
    severity: 'fatal',
    message: `The spec ${file} has no "paths" object, so there is nothing to generate. Add the API's paths (webhooks-only specs are not supported).`,
    file,
    pointer: '#/paths',
  };
}
