import { recalledFiles } from '../emit-memo.js';
import type { Emitter, GeneratedFile } from '../emitter.js';
import { operationKeysOf } from '../client/operation-keys.js';
import { reservedTypeNames } from '../client/emit-client.js';
import { assignReasonNames } from '../naming/reason-names.js';
import { structures } from '../ts/index.js';
import { catalogStatements } from './catalog-statements.js';
import { infoStatements } from './info-statements.js';
import { operationReasons, operationStatements } from './operation-statements.js';
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
  const operations = operationReasons(ctx.ir, operationKeysOf(ctx));
  const emit = (): GeneratedFile[] => {
    const names = assignReasonNames(reasons, reservedTypeNames(ctx));
    const statements = [
      structures.import({
        moduleSpecifier: './core/index.js',
        namedImports: ['isErrorWithReason', 'isVoipbinError', { name: 'VoipbinError', isTypeOnly: true }],
      }),
      ...catalogStatements(reasons, names),
      ...infoStatements(reasons, names),
      ...operationStatements(operations, reasonContext(reasons, names)),
    ];
    return [{ path: 'src/reasons.ts', contents: ctx.printer.print(statements) }];
  };
  // Beyond the memo's shared inputs (the catalog, the model names, the config), the file reads `operations` only.
  return recalledFiles(ctx.memo, { emitter: 'errors', operations }, emit);
};
