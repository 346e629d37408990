/** How bad a problem is: `fatal` stops generation, the rest are reported. */
export type Severity = 'fatal' | 'error' | 'warning' | 'info';

/** One problem found anywhere in the pipeline, always with a place to look. */
export interface Diagnostic {
  /** Stable kebab-case code, e.g. `dangling-ref`, `response-missing-description`. */
  code: string;
  severity: Severity;
  /** What is wrong and what to do about it, in one or two sentences. */
  message: string;
  /** The file the problem is in (absolute path or URL), when known. */
  file?: string;
  /** 1-based line in `file`, when known. */
  line?: number;
  /** JSON pointer into the (bundled) spec, e.g. `#/paths/~1calls/get`. */
  pointer?: string;
}

/** Thrown by pipeline stages for problems that stop generation; carries the diagnostics. */
export class FatalDiagnosticError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join('\n'));
    this.name = 'FatalDiagnosticError';
    this.diagnostics = diagnostics;
  }
}
