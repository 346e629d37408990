import type { Diagnostic } from '../diagnostics/types.js';
import { canonicalHash } from './canonical-hash.js';
import { checkVersion } from './check-version.js';
import { collectRefs, danglingLocalRefs } from './local-refs.js';
import { parseSpecText } from './parse-document.js';
import { readSource, toSpecSource, type SpecSource } from './read-source.js';
import { refErrorsToDiagnostics } from './ref-errors.js';
import { rewriteRootRelativeRefs } from './root-relative-refs.js';
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

/** What the resolver read: every file, and the root-relative refs it fixed up. */
interface ReadLog {
  files: Set<string>;
  rewrites: { count: number; files: Set<string> };
}

export interface LoadOptions {
  cwd?: string;
  timeoutMs?: number;
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
  const parsed = parseSpecText(text, root);
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
    const result = await bundleExternalRefs(rootDocument, root, locator, { rewrites, files }, options);
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

async function bundleExternalRefs(
  rootDocument: Record<string, unknown>,
  root: string,
  locator: SourceLocator,
  log: ReadLog,
  options: LoadOptions,
): Promise<{ ok: true; document: Record<string, unknown> } | { ok: false; diagnostics: Diagnostic[] }> {
  const fileErrors: Diagnostic[] = [];
  try {
    // Loaded here: a self-contained spec, the usual case, never needs the resolver (about 100 ms to load).
    const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
    const document = await new SwaggerParser().bundle(root, rootDocument as never, {
      continueOnError: true,
      timeoutMs: options.timeoutMs ?? 60_000,
      parse: { json: false, yaml: false, text: false, binary: false, spec: specFileParser(root, log, fileErrors) },
      resolve: { http: { timeout: options.timeoutMs ?? 30_000 } },
    } as never);
    if (fileErrors.length > 0) return { ok: false, diagnostics: fileErrors };
    return { ok: true, document: document as unknown as Record<string, unknown> };
  } catch (error) {
    // A file that failed to parse was already reported with its line; the resolver's echo of it ("Parsed value is empty") adds nothing.
    if (fileErrors.length > 0) return { ok: false, diagnostics: fileErrors };
    return { ok: false, diagnostics: refErrorsToDiagnostics(error, root, locator) };
  }
}

/** The one parser for every file of a spec: JSON or YAML, with VoIPBIN's root-relative refs fixed up. */
function specFileParser(root: string, log: ReadLog, errors: Diagnostic[]) {
  const { rewrites, files } = log;
  return {
    order: 1,
    allowEmpty: false,
    canParse: true,
    parse(file: { url: string; data: Buffer | string }) {
      const location = decodeURIComponent(file.url);
      if (location === root || file.url === root) return undefined;
      files.add(location);
      const text = typeof file.data === 'string' ? file.data : file.data.toString('utf8');
      const parsed = parseSpecText(text, location);
      if (!parsed.ok) {
        errors.push(parsed.diagnostic);
        return {};
      }
      const count = rewriteRootRelativeRefs(parsed.value, file.url, root);
      if (count > 0) {
        rewrites.count += count;
        rewrites.files.add(location);
      }
      return parsed.value;
    },
  };
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
