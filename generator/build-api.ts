import { resolve } from 'node:path';
import type { ResolvedConfig } from './config/config.js';
import type { Diagnostic } from './diagnostics/types.js';
import { attachReasons } from './ir/passes/attach-reasons.js';
import type { ReasonScopes } from './ir/passes/reason-scopes.js';
import { buildApiIR } from './ir/pipeline.js';
import type { ApiIR } from './ir/types.js';
import { loadSpec } from './load/load-spec.js';
import type { LeafFiles } from './load/leaf-files.js';
import type { SpecParser } from './load/memo-parser.js';
import type { SourceLocator } from './load/source-locator.js';
import { mergeReasonCatalogs, readReasonCatalogs, readSpecExtensionReasons } from './reasons/index.js';

export type BuildApiResult =
  | { ok: true; ir: ApiIR; diagnostics: Diagnostic[]; locator: SourceLocator; timings: { load: number; ir: number }; inputs: string[] }
  | { ok: false; diagnostics: Diagnostic[]; inputs: string[] };

/** What may remember an earlier run's work: the spec's files as parsed, its leaf files, the reasons' scopes. */
export interface BuildMemos {
  parse?: SpecParser;
  leaves?: LeafFiles;
  scopes?: ReasonScopes;
}

/** Spec → IR with the error reasons attached: what `generate` and the mock server share. */
export async function buildApi(resolved: ResolvedConfig, { parse, leaves, scopes }: BuildMemos = {}): Promise<BuildApiResult> {
  const started = performance.now();
  const loaded = await loadSpec(resolved.spec, { cwd: resolved.cwd, ...(parse ? { parse } : {}), ...(leaves ? { leaves } : {}) });
  const reasonFiles = resolved.reasons.map((file) => resolve(resolved.cwd, file));
  // Every file the result depends on, also on failure, so a watcher knows what to watch.
  const inputs = [...loaded.files, ...reasonFiles];
  if (!loaded.ok) return { ok: false, diagnostics: loaded.diagnostics, inputs };
  const afterLoad = performance.now();

  const built = buildApiIR(loaded.spec, { naming: resolved.naming, pagination: resolved.pagination, defaultAuth: resolved.defaultAuth });
  const catalogs = await readReasonCatalogs(reasonFiles);
  const catalog = mergeReasonCatalogs([catalogs, readSpecExtensionReasons(loaded.spec.document, resolved.spec)]);
  const withReasons = attachReasons(built.ir, catalog.reasons, catalog.groups, scopes);
  const diagnostics = [
    ...loaded.spec.diagnostics,
    ...locate([...built.diagnostics, ...withReasons.diagnostics], loaded.spec.locator),
    ...catalog.diagnostics,
  ];
  if (diagnostics.some((diagnostic) => diagnostic.severity === 'fatal' || diagnostic.severity === 'error')) return { ok: false, diagnostics, inputs };
  const timings = { load: afterLoad - started, ir: performance.now() - afterLoad };
  return { ok: true, ir: withReasons.ir, diagnostics, locator: loaded.spec.locator, timings, inputs };
}

/** Adds file and line to diagnostics that carry only a pointer. */
export function locate(diagnostics: Diagnostic[], locator: SourceLocator): Diagnostic[] {
  const pointers = diagnostics.filter((diagnostic) => diagnostic.file === undefined && diagnostic.pointer !== undefined).map((diagnostic) => diagnostic.pointer as string);
  const places = locator.locateAll(pointers);
  return diagnostics.map((diagnostic) => {
    const place = diagnostic.file === undefined && diagnostic.pointer !== undefined ? places.get(diagnostic.pointer) : undefined;
    return place ? { ...diagnostic, file: place.file, ...(place.line === undefined ? {} : { line: place.line }) } : diagnostic;
  });
}
