import { readFileSync } from 'node:fs';
import type { ResolvedConfig } from '../config/config.js';
import { sha256 } from '../hash/lazy-crypto.js';
import { canonicalJson } from '../load/canonical-json.js';
import { isUrl, toSpecSource } from '../load/read-source.js';
import { changedAfter } from './file-stamp.js';
import { generatorBuild, templatesHash, type TemplatesHash } from './generator-build.js';

/** What a generation depended on, besides the generator itself. */
export interface Fingerprint {
  generatorVersion: string;
  /** The options that shape the output, as canonical JSON (paths made absolute; cwd itself left out; hooks as their source). */
  options: string;
  /** Input file (absolute) → sha256 of its contents. */
  inputs: Map<string, string>;
  /** When the input hashes were taken (ms since the epoch, before the first was read; see unchangedSince). */
  hashedAt: number;
  /** The templates' hash in generatorVersion, kept so the next check need not read them (see templatesHash). */
  templates: TemplatesHash;
}

/** Hashes taken at one moment, e.g. by the freshness check before generating. */
export interface KnownHashes {
  hashes: ReadonlyMap<string, string>;
  hashedAt: number;
  templates?: TemplatesHash;
}

/** A hash that stands for "this input cannot be read": differs from every content hash. */
export const MISSING = 'missing';

/**
 * A hash that stands for "this input changed after the generation began": differs from every content hash, so the
 * next check regenerates. Hashing it would record the edited contents beside output made from the earlier ones.
 */
const CHANGED_WHILE_GENERATING = 'changed-while-generating';

/** The options as the cache compares them: kept as text rather than hashed, so checking them needs no node:crypto. */
export function optionsKey(config: ResolvedConfig): string {
  const { cwd, usesEmbeddedSpec: _embedded, generatorVersion: _version, spec, reasons, ...options } = config;
  const shaping = { ...options, spec: toSpecSource(spec, cwd).location, reasons: reasons.map((file) => toSpecSource(file, cwd).location) };
  return canonicalJson(withFunctionSources(shaping));
}

/** Naming and generation hooks are functions: their source text stands for them, so editing a hook counts as an option change. */
function withFunctionSources(value: unknown): unknown {
  if (typeof value === 'function') return `function: ${String(value)}`;
  if (Array.isArray(value)) return value.map(withFunctionSources);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, withFunctionSources(entry)]));
}

/** sha256 of a file's bytes, or MISSING. URLs are never hashed: a URL input always counts as changed. */
export function hashInput(file: string): string {
  if (isUrl(file)) return MISSING;
  try {
    return sha256(readFileSync(file));
  } catch {
    return MISSING;
  }
}

/**
 * The hashes of `files`: taken from `known`, else read now. `since`: when the generation began (its freshness
 * check), for a file read then but hashed only now: the first generation's inputs, a file newly referenced.
 */
export function hashInputs(files: Iterable<string>, known: ReadonlyMap<string, string> = new Map(), since?: number): Map<string, string> {
  return new Map([...files].map((file) => [file, known.get(file) ?? hashReadSince(file, since)]));
}

function hashReadSince(file: string, since: number | undefined): string {
  return since !== undefined && !isUrl(file) && changedAfter(file, since) ? CHANGED_WHILE_GENERATING : hashInput(file);
}

/** The fingerprint of a generation from `config` that read `inputs`; hashes in `known` are reused. */
export function fingerprintOf(config: ResolvedConfig, inputs: Iterable<string>, known?: KnownHashes): Fingerprint {
  const hashedAt = known?.hashedAt ?? Date.now();
  const templates = templatesHash(known?.templates);
  return {
    generatorVersion: generatorBuild(config.generatorVersion, templates),
    options: optionsKey(config),
    inputs: hashInputs(inputs, known?.hashes, known?.hashedAt),
    hashedAt,
    templates,
  };
}
