import { VoipbinClientError } from './errors.js';

/** One problem a schema check found: where in the value, and what. */
export interface ValidationIssue {
  /** Path inside the checked value, e.g. `['result', 0, 'status']`. */
  path: readonly (string | number)[];
  message: string;
  /** The validator's code for the problem, e.g. `invalid_type`. */
  code: string;
}

export interface ValidationErrorInit {
  /** `GET /calls`. */
  operation: string;
  direction: 'request' | 'response';
  issues: readonly ValidationIssue[];
}

/**
 * A request body or a decoded response that does not match the spec's
 * schema (SDKs generated with runtime validation). Never retried: the same
 * data fails the same way.
 */
export class ValidationError extends VoipbinClientError {
  override name: string = 'ValidationError';
  readonly operation: string;
  readonly direction: 'request' | 'response';
  readonly issues: readonly ValidationIssue[];

  constructor(init: ValidationErrorInit) {
    const first = init.issues[0];
    const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
    const more = init.issues.length > 1 ? ` (and ${init.issues.length - 1} more)` : '';
    super(`${init.operation}: the ${init.direction} does not match the spec${where}: ${first?.message ?? 'invalid'}${more}`);
    this.operation = init.operation;
    this.direction = init.direction;
    this.issues = init.issues;
  }

  get retryable(): boolean {
    return false;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), operation: this.operation, direction: this.direction, issues: this.issues };
  }
}
