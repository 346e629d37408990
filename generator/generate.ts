import { resolve } from 'node:path';
import { resolveConfig, type ResolvedConfig, type SdkgenConfig } from './config/config.js';
import type { Diagnostic } from './diagnostics/types.js';
import type { EmitContext, Emitter, GeneratedFile } from './emit/emitter.js';
import { assignSchemaNames } from './emit/naming/schema-names.js';
import { SourcePrinter } from './emit/ts/index.js';
import { emitClient } from './emit/client/emit-client.js';
import { emitTypes } from './emit/types/emit-types.js';
import { formatFiles, type FormatMemo } from './format/format-files.js';
import { formatThreads, startFormatPool, type FormatPool } from './format/format-pool.js';
import { stampFiles } from './format/header.js';
import { attachReasons } from './ir/passes/attach-reasons.js';
import { buildApiIR } from './ir/pipeline.js';
import { mergeReasonCatalogs, readReasonCatalogs, readSpecExtensionReasons } from './reasons/index.js';
import type { ApiIR } from './ir/types.js';
import { loadSpec } from './load/load-spec.js';
import type { SourceLocator } from './load/source-locator.js';
import { manifestFile } from './write/manifest.js';

export interface GenerateStats {
  operations: number;
  schemas: number;
  resources: number;
  paginated: number;
  reasons: number;
  files: number;
  /** Milliseconds per stage. */
  timings: { load: number; ir: number; emit: number; format: number; total: number };
}

export type GenerateResult =
  | {
      ok: true;
      files: GeneratedFile[];
      diagnostics: Diagnostic[];
      stats: GenerateStats;
      ir: ApiIR;
      config: ResolvedConfig;
      /** prettier's output for this run's files: pass it as `previous` to the next run (watch mode) to format only what changed. */
      formatted: FormatMemo;
    }
  | { ok: false; diagnostics: Diagnostic[] };

const EMITTERS: Emitter[] = [emitTypes, emitClient];

export interface GenerateOptions {
  /** The previous run's `formatted` (same process): files whose text did not change are not formatted again. */
  previous?: FormatMemo;
}

/** Spec → IR → files, in memory. Writes nothing: the CLI and the build plugin do that. */
export async function generate(config: SdkgenConfig = {}, options: GenerateOptions = {}): Promise<GenerateResult> {
  const resolved = resolveConfig(config);
  const started = performance.now();
  const loaded = await loadSpec(resolved.spec, { cwd: resolved.cwd });
  if (!loaded.ok) return { ok: false, diagnostics: loaded.diagnostics };
  const afterLoad = performance.now();

  const built = buildApiIR(loaded.spec, { naming: resolved.naming, pagination: resolved.pagination, defaultAuth: resolved.defaultAuth });
  const catalogs = await readReasonCatalogs(resolved.reasons.map((file) => resolve(resolved.cwd, file)));
  const catalog = mergeReasonCatalogs([catalogs, readSpecExtensionReasons(loaded.spec.document, resolved.spec)]);
  const withReasons = attachReasons(built.ir, catalog.reasons, catalog.groups);
  const diagnostics = [
    ...loaded.spec.diagnostics,
    ...locate([...built.diagnostics, ...withReasons.diagnostics], loaded.spec.locator),
    ...catalog.diagnostics,
  ];
  if (diagnostics.some((diagnostic) => diagnostic.severity === 'fatal' || diagnostic.severity === 'error')) return { ok: false, diagnostics };
  const ir = withReasons.ir;
  const afterIR = performance.now();

  // Started before emitting, so the workers load prettier while the emitters run. With a previous run's
  // output to reuse, few files are left to format: not worth a worker.
  const threads = resolved.format && !options.previous ? formatThreads(ir.operations.length) : 0;
  const pool = threads > 0 ? startFormatPool(threads) : undefined;
  try {
    return await emitAndFormat(ir, resolved, loaded.spec.locator, diagnostics, { pool, previous: options.previous }, { started, afterLoad, afterIR });
  } finally {
    await pool?.close();
  }
}

async function emitAndFormat(
  ir: ApiIR,
  resolved: ResolvedConfig,
  locator: SourceLocator,
  diagnostics: Diagnostic[],
  { pool, previous }: { pool: FormatPool | undefined; previous: FormatMemo | undefined },
  { started, afterLoad, afterIR }: { started: number; afterLoad: number; afterIR: number },
): Promise<GenerateResult> {
  const schemaNames = assignSchemaNames(ir.schemas);
  diagnostics.push(...locate(schemaNames.diagnostics, locator));
  const ctx: EmitContext = {
    ir,
    config: resolved,
    schemaNames: schemaNames.names,
    printer: new SourcePrinter(),
    typeContext: (direction) => ({ direction, nameOf: (pointer) => schemaNames.names.get(pointer) }),
  };
  const emitted = EMITTERS.flatMap((emitter) => emitter(ctx));
  const afterEmit = performance.now();

  const formatted = resolved.format ? await formatFiles(emitted, pool, previous) : { files: emitted, memo: new Map<string, string>() };
  const stamped = stampFiles(formatted.files, {
    generatorVersion: resolved.generatorVersion,
    specTitle: ir.meta.title,
    specVersion: ir.meta.version,
    specHash: ir.meta.specHash,
  });
  const files = [...stamped, manifestFile(stamped, resolved.generatorVersion, ir.meta.specHash)].sort((a, b) => (a.path < b.path ? -1 : 1));
  const finished = performance.now();

  const stats: GenerateStats = {
    operations: ir.operations.length,
    schemas: ir.schemas.length,
    resources: countResources(ir.resources),
    paginated: ir.operations.filter((operation) => operation.pagination).length,
    reasons: ir.errors.reasons.length,
    files: files.length,
    timings: {
      load: afterLoad - started,
      ir: afterIR - afterLoad,
      emit: afterEmit - afterIR,
      format: finished - afterEmit,
      total: finished - started,
    },
  };
  return { ok: true, files, diagnostics, stats, ir, config: resolved, formatted: formatted.memo };
}

function countResources(resources: ApiIR['resources']): number {
  return resources.reduce((sum, resource) => sum + 1 + countResources(resource.children), 0);
}

/** Adds file and line to diagnostics that carry only a pointer. */
function locate(diagnostics: Diagnostic[], locator: SourceLocator): Diagnostic[] {
  const pointers = diagnostics.filter((diagnostic) => diagnostic.file === undefined && diagnostic.pointer !== undefined).map((diagnostic) => diagnostic.pointer as string);
  const places = locator.locateAll(pointers);
  return diagnostics.map((diagnostic) => {
    const place = diagnostic.file === undefined && diagnostic.pointer !== undefined ? places.get(diagnostic.pointer) : undefined;
    return place ? { ...diagnostic, file: place.file, ...(place.line === undefined ? {} : { line: place.line }) } : diagnostic;
  });
}
