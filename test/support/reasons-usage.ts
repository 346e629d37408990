import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a usage file needs to know about a generated SDK with a reason catalog. */
export interface ReasonsUsage {
  /** An operation key with an own reason: `calls.hangup`. */
  operation: string;
  /** Its per-operation reason type: `CallsHangupErrorReason`. */
  typeName: string;
  /** A reason of that operation: `CALL_ALREADY_HANGUP`. */
  ownReason: string;
  /** Another catalog reason, used for hasReason: `CALL_NOT_FOUND`. */
  reason: string;
}

/** `calls.hangup` with CALL_ALREADY_HANGUP exists in the example and in the real SDK. */
export const HANGUP_USAGE: ReasonsUsage = { operation: 'calls.hangup', typeName: 'CallsHangupErrorReason', ownReason: 'CALL_ALREADY_HANGUP', reason: 'CALL_NOT_FOUND' };

const EQUALS = `type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function check<T extends true>(): T | undefined {
  return undefined;
}`;

/**
 * A file that compiles only if narrowing works: inside `hasReason` the reason
 * is the literal, `isErrorOf` gives the operation's reasons (still open), a
 * misspelled reason or operation key is a compile error (`@ts-expect-error`
 * fails the build when there is no error to expect).
 */
export function positiveUsage(u: ReasonsUsage): string {
  const misspelled = `${u.reason.slice(0, -1)}X`;
  return `import { ErrorReason, hasReason, isErrorOf, reasonInfo, type ${u.typeName}, type GenericErrorReason } from '../index.js';

${EQUALS}

export function handle(error: unknown): string | undefined {
  if (hasReason(error, '${u.reason}')) {
    check<Equals<typeof error.reason, '${u.reason}'>>();
    const status: number = error.status;
    return \`\${status} \${error.reason}\`;
  }
  // @ts-expect-error a misspelled reason does not compile
  hasReason(error, '${misspelled}');
  // @ts-expect-error an operation key that does not exist
  isErrorOf(error, '${u.operation}Typo');
  if (isErrorOf(error, '${u.operation}')) {
    check<Equals<typeof error.reason, ${u.typeName} | (string & {}) | undefined>>();
    // A reason newer than the SDK still compiles: reason stays open.
    if (error.reason === 'A_REASON_FROM_THE_FUTURE') return 'future';
    return reasonInfo(error.reason)?.fix;
  }
  check<'${u.ownReason}' extends ${u.typeName} ? true : false>();
  check<GenericErrorReason extends ${u.typeName} ? true : false>();
  check<${u.typeName} extends ErrorReason ? true : false>();
  check<Equals<typeof ErrorReason.${u.reason}, '${u.reason}'>>();
  return undefined;
}
`;
}

/** A file whose only error is a misspelled reason literal. */
export function negativeUsage(u: ReasonsUsage): string {
  return `import { hasReason } from '../index.js';

export function handle(error: unknown): boolean {
  return hasReason(error, '${u.reason.slice(0, -1)}X');
}
`;
}

/** Writes a usage file into `<sdk>/src/usage/`, where the SDK's own tsconfig compiles it. */
export function writeUsage(sdkDir: string, name: string, contents: string): string {
  mkdirSync(join(sdkDir, 'src/usage'), { recursive: true });
  const path = join(sdkDir, 'src/usage', name);
  writeFileSync(path, contents);
  return path;
}
