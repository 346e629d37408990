import { resolve } from 'node:path';
import { resolveConfig, type ResolvedConfig, type SdkgenConfig } from './config/config.js';
import type { Diagnostic } from './diagnostics/types.js';
import type { EmitContext, Emitter, GeneratedFile } from './emit/emitter.js';
import { assignSchemaNames } from './emit/naming/schema-names.js';
import { SourcePrinter } from './emit/ts/index.js';
import { emitClient, RUNTIME_EXPORTS } from './emit/client/emit-client.js';
import { emitTypes } from './emit/types/emit-types.js';
import { formatFiles } from './format/format-files.js';
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
  | { ok: true; files: GeneratedFile[]; diagnostics: Diagnostic[]; stats: GenerateStats; ir: ApiIR; config: ResolvedConfig }
  | { ok: false; diagnostics: Diagnostic[] };

const EMITTERS: Emitter[] = [emitTypes, emitClient];

/** Spec → IR → files, in memory. Writes nothing: the CLI and the build plugin do that. */
export async function generate(config: SdkgenConfig = {}): Promise<GenerateResult> {
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

  const schemaNames = assignSchemaNames(ir.schemas, [...RUNTIME_EXPORTS, resolved.clientName]);
  diagnostics.push(...locate(schemaNames.diagnostics, loaded.spec.locator));
  const ctx: EmitContext = {
    ir,
    config: resolved,
    schemaNames: schemaNames.names,
    printer: new SourcePrinter(),
    typeContext: (direction) => ({ direction, nameOf: (pointer) => schemaNames.names.get(pointer) }),
  };
  const emitted = EMITTERS.flatMap((emitter) => emitter(ctx));
  const afterEmit = performance.now();

  const formatted = resolved.format ? await formatFiles(emitted) : emitted;
  const stamped = stampFiles(formatted, {
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
  return { ok: true, files, diagnostics, stats, ir, config: resolved };
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
