import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolveConfig, type SdkgenConfig } from '../config/config.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { generate } from '../generate.js';
import { compareOutput, isCurrent, type OutputComparison } from './compare-output.js';

export type CheckResult =
  | { ok: true; current: boolean; comparison: OutputComparison; diagnostics: Diagnostic[]; specHash: string }
  | { ok: false; diagnostics: Diagnostic[] };

/** Regenerates in memory and compares with the SDK in `out` (relative to the config's cwd). Writes nothing. */
export async function checkOutput(config: SdkgenConfig, out: string): Promise<CheckResult> {
  const folder = resolve(resolveConfig(config).cwd, out);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    const message = `${folder} is not a folder: check compares a generated SDK with its spec; generate it first (voipbin-sdkgen generate --out ${out}).`;
    return { ok: false, diagnostics: [{ code: 'check-no-output', severity: 'fatal', message, file: folder }] };
  }
  const result = await generate(config);
  if (!result.ok) return result;
  const comparison = compareOutput(folder, result.files);
  return { ok: true, current: isCurrent(comparison), comparison, diagnostics: result.diagnostics, specHash: result.ir.meta.specHash };
}
