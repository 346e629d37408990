import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ResolvedConfig } from '../config/config.js';
import { canonicalJson } from '../load/canonical-json.js';
import { isUrl, toSpecSource } from '../load/read-source.js';
import { generatorBuild, templatesHash, type TemplatesHash } from './generator-build.js';

/** What a generation depended on, besides the generator itself. */
export interface Fingerprint {
  generatorVersion: string;
  /** sha256 of the options that shape the output (paths made absolute; cwd itself left out). */
  configHash: string;
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

export function configHash(config: ResolvedConfig): string {
  const { cwd, usesEmbeddedSpec: _embedded, generatorVersion: _version, spec, reasons, ...options } = config;
  const shaping = { ...options, spec: toSpecSource(spec, cwd).location, reasons: reasons.map((file) => toSpecSource(file, cwd).location) };
  return createHash('sha256').update(canonicalJson(withFunctionSources(shaping))).digest('hex');
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
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return MISSING;
  }
}

export function hashInputs(files: Iterable<string>, known: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  return new Map([...files].map((file) => [file, known.get(file) ?? hashInput(file)]));
}

/** The fingerprint of a generation from `config` that read `inputs`; hashes in `known` are reused. */
export function fingerprintOf(config: ResolvedConfig, inputs: Iterable<string>, known?: KnownHashes): Fingerprint {
  const hashedAt = known?.hashedAt ?? Date.now();
  const templates = templatesHash(known?.templates);
  return {
    generatorVersion: generatorBuild(config.generatorVersion, templates),
    configHash: configHash(config),
    inputs: hashInputs(inputs, known?.hashes),
    hashedAt,
    templates,
  };
}
