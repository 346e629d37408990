import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LeafFiles } from './leaf-files.js';
import type { SpecParser } from './memo-parser.js';
import { parseSpecText } from './parse-document.js';
import { pointerTokens, rewriteRootRelativeRefs } from './root-relative-refs.js';

/** The versions swagger-parser accepts: outside them it throws, and the fallback reports that as it always has. */
const RESOLVER_VERSIONS = new Set(['3.0.0', '3.0.1', '3.0.2', '3.0.3', '3.0.4', '3.1.0', '3.1.1', '3.1.2']);

/** What bundling read: every file other than the root, and the root-relative refs it fixed up. */
export interface BundleLog {
  files: Set<string>;
  rewrites: { count: number; files: Set<string> };
}

type RefHolder = { $ref: string } & Record<string, unknown>;

/** Refuses the fast path: the spec has a shape only the general resolver bundles the way it does. */
class NotWholeFiles extends Error {}

/** A file as this run walked it: what makes it a leaf (leaf-files.ts) or not. */
interface WalkedFile {
  memoKey: string;
  rewritten: Set<object>;
  /** Holders of its refs into the root. */
  rootHolders: Set<object>;
  pointers: Set<string>;
  namesFiles: boolean;
}

/**
 * Bundles a local multi-file spec whose external refs each name a whole file, each file named once, and whose
 * other refs point into the root document: VoIPBIN's source, where the root's `paths` pull in one file per path
 * and those files' `#/components/...` refs mean the root. The result is the document swagger-parser's bundle()
 * gives for such a spec (each ref replaced by its file's content, refs to the root as `#/...`): loading VoIPBIN's
 * source takes about 0.6 s instead of 1.0–1.5 s. Undefined for any other shape, or for a file that cannot be read or parsed: the caller then
 * bundles with swagger-parser, which reports errors with its own wording. `leaves`: files an earlier run found
 * to be leaves are inlined as parsed, without walking them.
 */
export function bundleWholeFiles(
  rootDocument: Record<string, unknown>,
  root: string,
  log: BundleLog,
  parse: SpecParser = parseSpecText,
  leaves?: LeafFiles,
): Record<string, unknown> | undefined {
  if (!resolverAccepts(rootDocument)) return undefined;
  const read = new Set<string>();
  const rewrites = { count: 0, files: new Set<string>() };
  const rootRefs: { holder: RefHolder; pointer: string }[] = [];
  // Pointers of recalled leaves: their holders already read as the pointer.
  const leafPointers = new Set<string>();
  const walked = new Map<string, WalkedFile>();
  // Applied only once the whole spec qualifies: the fallback must get the root document untouched.
  const inlines: { parent: Record<string, unknown>; key: string; content: object }[] = [];

  const visit = (node: unknown, file: string, fileUrl: URL): void => {
    if (typeof node !== 'object' || node === null) return;
    const parent = node as Record<string, unknown>;
    for (const key of Object.keys(parent)) {
      const value = parent[key];
      if (!isRefHolder(value)) {
        visit(value, file, fileUrl);
        continue;
      }
      const target = refTarget(value.$ref, file, fileUrl, root);
      const walking = walked.get(file);
      if (target.kind === 'root') {
        rootRefs.push({ holder: value, pointer: target.pointer });
        walking?.rootHolders.add(value);
        walking?.pointers.add(target.pointer);
        continue;
      }
      if (walking) walking.namesFiles = true;
      if (Object.keys(value).length > 1 || read.has(target.file)) throw new NotWholeFiles();
      read.add(target.file);
      const text = readText(target.file);
      const content = parseFile(text, target.file, parse);
      inlines.push({ parent, key, content });
      const memoKey = leaves?.key(root, target.file, text);
      const leaf = memoKey === undefined ? undefined : leaves?.recall(memoKey);
      if (leaf) {
        for (const pointer of leaf.pointers) leafPointers.add(pointer);
        noteRewrites(rewrites, target.file, leaf.rewrites);
        continue;
      }
      const rewritten = new Set<object>();
      noteRewrites(rewrites, target.file, rewriteRootRelativeRefs(content, target.file, root, rewritten));
      if (memoKey !== undefined) walked.set(target.file, { memoKey, rewritten, rootHolders: new Set(), pointers: new Set(), namesFiles: false });
      visit(content, target.file, pathToFileURL(target.file));
    }
  };

  try {
    visit(rootDocument, root, pathToFileURL(root));
    for (const pointer of new Set([...rootRefs.map((ref) => ref.pointer), ...leafPointers])) checkRootTarget(rootDocument, pointer);
  } catch (error) {
    if (error instanceof NotWholeFiles) return undefined;
    throw error;
  }
  for (const { parent, key, content } of inlines) parent[key] = content;
  for (const { holder, pointer } of rootRefs) holder.$ref = pointer;
  for (const file of read) log.files.add(file);
  log.rewrites.count += rewrites.count;
  for (const file of rewrites.files) log.rewrites.files.add(file);
  if (leaves) rememberLeaves(leaves, walked);
  return rootDocument;
}

/**
 * A walked file is a leaf when it names no file and its refs into the root are exactly the ones the rewrite made:
 * each went to `<root>#/…` and back to `#/…`, so the bundle holds it as parsed.
 */
function rememberLeaves(leaves: LeafFiles, walked: ReadonlyMap<string, WalkedFile>): void {
  for (const file of walked.values()) {
    const leaf = !file.namesFiles && file.rootHolders.size === file.rewritten.size && [...file.rootHolders].every((holder) => file.rewritten.has(holder));
    if (leaf) leaves.remember(file.memoKey, { pointers: [...file.pointers], rewrites: file.rewritten.size });
  }
}

function noteRewrites(rewrites: BundleLog['rewrites'], file: string, count: number): void {
  if (count === 0) return;
  rewrites.count += count;
  rewrites.files.add(file);
}

/** What swagger-parser checks before it bundles: a document it refuses goes to it, so the refusal reads the same. */
function resolverAccepts(document: Record<string, unknown>): boolean {
  const info = document.info as { version?: unknown } | null | undefined;
  const version = document.openapi;
  return typeof version === 'string' && RESOLVER_VERSIONS.has(version) && typeof info?.version !== 'number' && document.paths !== undefined;
}

/** An object the resolver takes for a reference: a `$ref` string that is a pointer (`#/…`, `#`) or names another document. */
function isRefHolder(value: unknown): value is RefHolder {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const ref = (value as { $ref?: unknown }).$ref;
  return typeof ref === 'string' && (ref.startsWith('#/') || ref === '#' || !ref.startsWith('#'));
}

type RefTarget = { kind: 'root'; pointer: string } | { kind: 'file'; file: string };

function refTarget(ref: string, file: string, fileUrl: URL, root: string): RefTarget {
  // The resolver rewrites a pointer as its URL serialisation (spaces, quotes, non-ASCII become %-escapes): keep to refs it leaves alone.
  if (/\s/.test(ref)) throw new NotWholeFiles();
  if (ref.startsWith('#')) {
    // A pointer into a file other than the root that resolves there (the rewrite left it) is the file's own.
    if (file !== root) throw new NotWholeFiles();
    return rootPointer(ref);
  }
  // What the root-relative rewrite made: no URL to resolve.
  if (ref.startsWith(root) && ref[root.length] === '#') return rootPointer(ref.slice(root.length));
  const hashAt = ref.indexOf('#');
  const location = hashAt === -1 ? ref : ref.slice(0, hashAt);
  const fragment = hashAt === -1 ? '' : ref.slice(hashAt);
  if (/^[a-z][a-z0-9+.-]*:/i.test(location)) throw new NotWholeFiles();
  const url = new URL(location, fileUrl);
  if (url.protocol !== 'file:') throw new NotWholeFiles();
  const target = fileURLToPath(url);
  if (target === root) return rootPointer(fragment);
  if (fragment !== '' && fragment !== '#') throw new NotWholeFiles();
  return { kind: 'file', file: target };
}

function rootPointer(fragment: string): RefTarget {
  if (!fragment.startsWith('#/') || !stableFragment(fragment)) throw new NotWholeFiles();
  return { kind: 'root', pointer: fragment };
}

function stableFragment(fragment: string): boolean {
  return new URL(fragment, 'https://host/').hash === fragment;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new NotWholeFiles();
  }
}

function parseFile(text: string, file: string, parse: SpecParser): object {
  const parsed = parse(text, file);
  if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null) throw new NotWholeFiles();
  return parsed.value;
}

/**
 * A ref into the root resolves, and to a value the resolver would not follow further. Checked before any file is
 * inlined, so a pointer into a bundled file meets that file's `$ref` too: the resolver would point into the file's
 * first copy, and for any other `$ref` on the way it would rewrite the pointer to where that leads.
 */
function checkRootTarget(document: Record<string, unknown>, pointer: string): void {
  let node: unknown = document;
  let tokens: string[];
  try {
    tokens = pointerTokens(pointer);
  } catch {
    throw new NotWholeFiles();
  }
  for (const token of tokens) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, token) || token === '__proto__') throw new NotWholeFiles();
    node = (node as Record<string, unknown>)[token];
    if (isRefHolder(node)) throw new NotWholeFiles();
  }
}
