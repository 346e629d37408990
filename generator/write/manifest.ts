import { sha256 } from '../hash/lazy-crypto.js';
import type { GeneratedFile } from '../emit/emitter.js';

export { sha256 };

export const MANIFEST_FILE = '.voipbin-sdkgen-manifest.json';
/** The build cache of the plugin and `generate --watch` (generator/incremental/): generator-owned, never listed in the manifest. */
export const CACHE_FILE = '.voipbin-sdkgen-cache.json';
/** The spec's files as parsed, for the next regeneration (generator/incremental/parse-cache.ts): generator-owned too. */
export const PARSE_CACHE_FILE = '.voipbin-sdkgen-parsed.json';
/** Emitted files by the hash of their inputs, for the next regeneration (generator/incremental/emit-cache.ts): generator-owned too. */
export const EMIT_CACHE_FILE = '.voipbin-sdkgen-emitted.json';
/** The leaf files of a multi-file spec, for the next regeneration (generator/incremental/leaf-cache.ts): generator-owned too. */
export const LEAF_CACHE_FILE = '.voipbin-sdkgen-leaves.json';
/** How reasons were scoped to operations, for the next regeneration (generator/incremental/scope-cache.ts): generator-owned too. */
export const SCOPE_CACHE_FILE = '.voipbin-sdkgen-scopes.json';

export interface Manifest {
  generator: string;
  generatorVersion: string;
  specHash: string;
  /** Generated file path → sha256 of its contents, sorted by path. */
  files: Record<string, string>;
}


/** The manifest of a set of generated files, as one more file. */
export function manifestFile(files: GeneratedFile[], generatorVersion: string, specHash: string): GeneratedFile {
  const entries = [...files].sort((a, b) => (a.path < b.path ? -1 : 1)).map((file) => [file.path, sha256(file.contents)] as const);
  const manifest: Manifest = { generator: 'voipbin-sdkgen', generatorVersion, specHash, files: Object.fromEntries(entries) };
  return { path: MANIFEST_FILE, contents: JSON.stringify(manifest, null, 2) + '\n' };
}

export function parseManifest(text: string): Manifest | undefined {
  try {
    const value = JSON.parse(text) as Partial<Manifest>;
    return value.generator === 'voipbin-sdkgen' && typeof value.files === 'object' && value.files !== null ? (value as Manifest) : undefined;
  } catch {
    return undefined;
  }
}
