import type { ResolvedConfig } from '../config/config.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { relieveHeap } from '../heap/relieve-heap.js';
import type { ApiIR } from '../ir/types.js';
import { EmitRecorder } from './emit-memo.js';
import type { EmitContext, GeneratedFile } from './emitter.js';
import { modelNames } from './client/emit-client.js';
import { NamingHookError } from './naming/hooks.js';
import { EMITTERS, emitterDependencies, selectEmitters, type RegisteredEmitter } from './registry.js';
import { TemplateOverrideError, TemplateSet } from './templates.js';
import { SourcePrinter } from './ts/index.js';

export type EmitResult = { ok: true; files: GeneratedFile[]; diagnostics: Diagnostic[]; recorder: EmitRecorder | undefined } | { ok: false; diagnostics: Diagnostic[] };

/** What a previous run left to reuse: its memo of emitted pieces, and its formatted texts. */
export type PreviousEmit = Parameters<typeof EmitRecorder.for>[0];

/**
 * Runs the flavor's emitters over the IR. A bad override folder or naming hook stops the run with one error.
 * `previous`: a previous run's memo; pieces whose inputs it holds are taken from it (formatted) instead of emitted again.
 */
export function emitSdk(ir: ApiIR, config: ResolvedConfig, previous: PreviousEmit = {}): EmitResult {
  try {
    const { ctx, emitters, diagnostics } = emitContext(ir, config, previous);
    const files = emitters.flatMap((emitter) => (relieveHeap(), emitter.emit(ctx))).map((file) => (ctx.printer.printed(file.contents) ? { ...file, printed: true } : file));
    return { ok: true, files, diagnostics, recorder: ctx.memo };
  } catch (error) {
    if (error instanceof TemplateOverrideError) return { ok: false, diagnostics: [{ code: 'template-override', severity: 'error', message: error.message, file: error.folder }] };
    if (error instanceof NamingHookError) return { ok: false, diagnostics: [{ code: 'naming-hook', severity: 'error', message: error.message }] };
    throw error;
  }
}

/** What the flavor's emitters receive, and the emitters. Throws TemplateOverrideError or NamingHookError. */
export function emitContext(ir: ApiIR, config: ResolvedConfig, previous: PreviousEmit = {}): { ctx: EmitContext; emitters: RegisteredEmitter[]; diagnostics: Diagnostic[] } {
  const { emitters } = selectEmitters(config.flavor.emitters);
  const schemaNames = modelNames(ir.schemas, config.namingHooks, config.clientName);
  const ctx: EmitContext = {
    ir,
    config,
    schemaNames: schemaNames.names,
    printer: new SourcePrinter(),
    typeContext: (direction) => ({ direction, nameOf: (pointer) => schemaNames.names.get(pointer) }),
    templates: new TemplateSet(undefined, config.flavor.templateFolders),
    dependencies: emitterDependencies(emitters),
    emitters: config.flavor.emitters,
    memo: EmitRecorder.for(previous, ir, config, schemaNames.names),
  };
  return { ctx, emitters, diagnostics: schemaNames.diagnostics };
}

/** A flavor naming an emitter nobody registered: checked before the spec is loaded. */
export function unknownEmitters(config: ResolvedConfig): Diagnostic | undefined {
  const { unknown } = selectEmitters(config.flavor.emitters);
  if (unknown.length === 0) return undefined;
  return {
    code: 'unknown-emitter',
    severity: 'error',
    message: `Flavor "${config.flavor.name}" names emitter(s) ${unknown.map((name) => `"${name}"`).join(', ')} that do not exist; emitters are: ${Object.keys(EMITTERS).join(', ')}.`,
  };
}
