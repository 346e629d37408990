import { resolveConfig, type SdkgenConfig } from '../config/config.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { generate } from '../generate.js';
import { diffApis } from './diff-apis.js';
import type { DiffReport } from './types.js';

export type DiffResult = { ok: true; report: DiffReport; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Reads both specs through the whole pipeline (unformatted: only the IR and
 * the names matter here) and diffs what their SDKs expose.
 */
export async function diffSpecs(from: SdkgenConfig, to: SdkgenConfig): Promise<DiffResult> {
  const [before, after] = await Promise.all([generate({ ...from, format: false }), generate({ ...to, format: false })]);
  if (!before.ok || !after.ok) return { ok: false, diagnostics: [...before.diagnostics, ...after.diagnostics] };
  const report = diffApis(before.ir, after.ir, { clientName: resolveConfig(to).clientName });
  return { ok: true, report, diagnostics: [...before.diagnostics, ...after.diagnostics] };
}

/** Whether a report fails CI at a threshold: `breaking` fails on a major bump, `minor` on minor or major, `none` never. */
export function failsAt(report: DiffReport, threshold: 'breaking' | 'minor' | 'none'): boolean {
  if (threshold === 'none') return false;
  return report.bump === 'major' || (threshold === 'minor' && report.bump === 'minor');
}
