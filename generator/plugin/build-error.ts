import { formatDiagnostic } from '../diagnostics/format-diagnostics.js';
import type { Diagnostic } from '../diagnostics/types.js';

/** A bundler-shaped error (Rollup's `id` and `loc`, which Vite and others print) for diagnostics that stopped generation. */
export interface SdkgenBuildError extends Error {
  code: 'VOIPBIN_SDKGEN';
  id?: string;
  loc?: { file: string; line: number; column: number };
  diagnostics: Diagnostic[];
}

export function buildError(reason: string, problems: Diagnostic[]): SdkgenBuildError {
  const message =
    `The SDK could not be generated (${reason}): ${problems.length} problem(s) to fix; the previous SDK, if any, is unchanged.\n` +
    problems.map(formatDiagnostic).join('\n');
  const error = new Error(message) as SdkgenBuildError;
  // The stack would show the plugin's internals; the message already says where the problem is.
  error.stack = `Error: ${message}`;
  error.code = 'VOIPBIN_SDKGEN';
  error.diagnostics = problems;
  const first = problems.find((problem) => problem.file !== undefined);
  if (first?.file !== undefined) {
    error.id = first.file;
    if (first.line !== undefined) error.loc = { file: first.file, line: first.line, column: 1 };
  }
  return error;
}
