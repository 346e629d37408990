import type { Emitter } from '../emitter.js';
import { operationKeysOf } from '../client/operation-keys.js';
import { reservedTypeNames } from '../client/emit-client.js';
import { assignReasonNames } from '../naming/reason-names.js';
import { structures } from '../ts/index.js';
import { catalogStatements } from './catalog-statements.js';
import { infoStatements } from './info-statements.js';
import { operationStatements } from './operation-statements.js';
import { reasonContext } from './reason-context.js';

/**
 * `src/reasons.ts`: the error-reason catalog as types and data — `ErrorReason`,
 * group unions, `reasonInfo()`, the guards `hasReason` and `isErrorOf`, and
 * `isRetryableReason`, which the client hands to its runtime. Nothing when the
 * API has no reason catalog.
 */
export const emitErrors: Emitter = (ctx) => {
  const reasons = ctx.ir.errors.reasons;
  if (reasons.length === 0) return [];
  const names = assignReasonNames(reasons, reservedTypeNames(ctx));
  const statements = [
    structures.import({
      moduleSpecifier: './core/index.js',
      namedImports: ['isErrorWithReason', 'isVoipbinError', { name: 'VoipbinError', isTypeOnly: true }],
    }),
    ...catalogStatements(reasons, names),
    ...infoStatements(reasons, names),
    ...operationStatements(ctx.ir, reasonContext(reasons, names), operationKeysOf(ctx)),
  ];
  return [{ path: 'src/reasons.ts', contents: ctx.printer.print(statements) }];
};
