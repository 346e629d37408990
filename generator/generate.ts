import { buildApi, locate, type BuildApiResult } from './build-api.js';
import { resolveConfig, type ResolvedConfig, type SdkgenConfig } from './config/config.js';
import type { Diagnostic } from './diagnostics/types.js';
import type { GeneratedFile } from './emit/emitter.js';
import type { EmitMemo } from './emit/emit-memo.js';
import { emitSdk, unknownEmitters } from './emit/emit-sdk.js';
import { overrideFiles } from './emit/templates.js';
import { unknownFlavor } from './flavors/index.js';
import { formatFiles, type FormatMemo } from './format/format-files.js';
import { formatThreads, startFormatPool, type FormatPool } from './format/format-pool.js';
import { stampFiles } from './format/header.js';
import { runAfterGenerate, runTransformIR } from './hooks/run-hooks.js';
import { ReasonScopes, type ScopeMemo } from './ir/passes/reason-scopes.js';
import { selectOperations } from './ir/passes/select-operations.js';
import { LeafFiles, type LeafMemo } from './load/leaf-files.js';
import { MemoParser, type ParseMemo } from './load/memo-parser.js';
import type { ApiIR } from './ir/types.js';
import { manifestFile } from './write/manifest.js';

export interface GenerateStats {
  operations: number;
  schemas: number;
  resources: number;
  paginated: number;
  reasons: number;
  files: number;
  /** Pieces (resource files, models.ts, reasons.ts, generated mocks files) taken from the previous run's `emitted` instead of emitted again. */
  recalled: number;
  /** Milliseconds per stage. */
  timings: { load: number; ir: number; emit: number; format: number; total: number };
}

/**
 * `inputs`: every file the result depends on — each file of a multi-file spec, each reasons
 * catalog and each template override, absolute (a spec URL as given) — also on failure, so a
 * watcher knows what to watch.
 */
export type GenerateResult = (
  | {
      ok: true;
      files: GeneratedFile[];
      diagnostics: Diagnostic[];
      stats: GenerateStats;
      ir: ApiIR;
      config: ResolvedConfig;
      /** This run's formatted texts: pass them as `previous` to the next run to format only what changed. */
      formatted: FormatMemo;
      /** The key in `formatted` of each formatted file, by path (before its header is added). */
      formatKeys: ReadonlyMap<string, string>;
      /** This run's parsed YAML files: pass them (as objects) as `parsed` to the next run to parse only what changed. */
      parsed: ParseMemo;
      /** This run's emitted pieces: pass them as `emitted` to the next run to emit only what changed. */
      emitted: EmitMemo;
      /** This run's leaf files of a multi-file spec: pass them as `leaves` to the next run to bundle unchanged ones as parsed. */
      leaves: LeafMemo;
      /** This run's scopings of reasons: pass them as `scopes` to the next run to scope them again only when what they read changed. */
      scopes: ScopeMemo;
    }
  | { ok: false; diagnostics: Diagnostic[] }
) & { inputs: string[] };

export interface GenerateOptions {
  /** A previous run's `formatted` (same process, or rebuilt from disk by readFormatMemo): text formatted before is not formatted again. */
  previous?: FormatMemo | undefined;
  /** A previous run's `parsed`, each JSON text parsed (readParseMemo): a YAML file with the same text is not parsed again. */
  parsed?: ReadonlyMap<string, unknown> | undefined;
  /**
   * A previous run's `emitted` (readEmitMemo): a piece (resource file, models.ts, reasons.ts, generated mocks
   * file) whose inputs did not change is taken, formatted, from `previous` instead of being emitted again.
   * Formatting runs only.
   */
  emitted?: EmitMemo | undefined;
  /** A previous run's `leaves` (readLeafMemo): a leaf file of a multi-file spec whose text did not change is not walked for refs again. */
  leaves?: LeafMemo | undefined;
  /** A previous run's `scopes` (readScopeMemo): reasons are not matched to operations again when their patterns and the operations' paths are the same. */
  scopes?: ScopeMemo | undefined;
}

/** Spec → IR → files, in memory. Writes nothing: the CLI and the build plugin do that. */
export async function generate(config: SdkgenConfig = {}, options: GenerateOptions = {}): Promise<GenerateResult> {
  const flavorProblem = unknownFlavor(config.flavor);
  if (flavorProblem) return { ok: false, diagnostics: [{ code: 'unknown-flavor', severity: 'error', message: flavorProblem }], inputs: [] };
  const resolved = resolveConfig(config);
  const badFlavor = unknownEmitters(resolved);
  if (badFlavor) return { ok: false, diagnostics: [badFlavor], inputs: [] };
  const started = performance.now();
  const parser = new MemoParser(options.parsed);
  const leaves = new LeafFiles(options.leaves);
  const scopes = new ReasonScopes(options.scopes);
  const built = await buildApi(resolved, { parse: parser.parse, leaves, scopes });
  const inputs = [...built.inputs, ...overrideFiles(resolved.flavor.templateFolders)];
  if (!built.ok) return { ok: false, diagnostics: built.diagnostics, inputs };
  const transformed = await runTransformIR(selectOperations(built.ir, resolved.filters), resolved.hooks);
  if (!transformed.ok) return { ok: false, diagnostics: [...built.diagnostics, ...transformed.diagnostics], inputs };
  const ir = transformed.value;
  const afterIR = performance.now();

  // Started before emitting, so the workers load prettier while the emitters run. With a previous run's
  // output to reuse, few files are left to format: not worth a worker.
  const threads = resolved.format && !options.previous?.size ? formatThreads(ir.operations.length) : 0;
  const pool = threads > 0 ? startFormatPool(threads) : undefined;
  try {
    return await emitAndFormat(ir, resolved, { built, inputs }, { pool, previous: options.previous, parsed: parser.memo, leaves: leaves.memo, scopes: scopes.memo, emittedBefore: options.emitted }, { started, afterIR });
  } finally {
    await pool?.close();
  }
}

async function emitAndFormat(
  ir: ApiIR,
  resolved: ResolvedConfig,
  { built, inputs }: { built: Extract<BuildApiResult, { ok: true }>; inputs: string[] },
  { pool, previous, parsed, leaves, scopes, emittedBefore }: { pool: FormatPool | undefined; previous: FormatMemo | undefined; parsed: ParseMemo; leaves: LeafMemo; scopes: ScopeMemo; emittedBefore: EmitMemo | undefined },
  { started, afterIR }: { started: number; afterIR: number },
): Promise<GenerateResult> {
  const { diagnostics } = built;
  // Recalled pieces come formatted, so only a formatting run recalls them.
  const sdk = emitSdk(ir, resolved, resolved.format ? { emitted: emittedBefore, formattedText: (key) => previous?.get(key) } : {});
  if (!sdk.ok) return { ok: false, diagnostics: [...diagnostics, ...sdk.diagnostics], inputs };
  diagnostics.push(...locate(sdk.diagnostics, built.locator));
  const emitted = sdk.files;
  const afterEmit = performance.now();

  const formatted = resolved.format ? await formatFiles(emitted, pool, previous) : { files: emitted, memo: new Map<string, string>(), keys: new Map<string, string>() };
  const stamped = stampFiles(formatted.files, {
    generatorVersion: resolved.generatorVersion,
    specTitle: ir.meta.title,
    specVersion: ir.meta.version,
    specHash: ir.meta.specHash,
  });
  const info = { flavor: resolved.flavor.name, packageName: resolved.packageName, specHash: ir.meta.specHash, operations: ir.operations.length, schemas: ir.schemas.length };
  const final = await runAfterGenerate(stamped, info, resolved.hooks);
  if (!final.ok) return { ok: false, diagnostics: [...diagnostics, ...final.diagnostics], inputs };
  const files = [...final.value, manifestFile(final.value, resolved.generatorVersion, ir.meta.specHash)].sort((a, b) => (a.path < b.path ? -1 : 1));
  const finished = performance.now();

  const stats: GenerateStats = {
    operations: ir.operations.length,
    schemas: ir.schemas.length,
    resources: countResources(ir.resources),
    paginated: ir.operations.filter((operation) => operation.pagination).length,
    reasons: ir.errors.reasons.length,
    files: files.length,
    recalled: sdk.recorder?.recalled ?? 0,
    timings: {
      load: built.timings.load,
      ir: built.timings.ir,
      emit: afterEmit - afterIR,
      format: finished - afterEmit,
      total: finished - started,
    },
  };
  return { ok: true, files, diagnostics, stats, ir, config: resolved, inputs, formatted: formatted.memo, formatKeys: formatted.keys, parsed, leaves, scopes, emitted: sdk.recorder?.memo(formatted.keys) ?? new Map() };
}

function countResources(resources: ApiIR['resources']): number {
  return resources.reduce((sum, resource) => sum + 1 + countResources(resource.children), 0);
}
