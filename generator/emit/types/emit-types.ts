import { recalledFiles } from '../emit-memo.js';
import type { Emitter, GeneratedFile } from '../emitter.js';
import { modelStatements } from './emit-models.js';

/** `src/models.ts`: every shared model of the API. */
export const emitTypes: Emitter = (ctx) => {
  const emit = (): GeneratedFile[] => [{ path: 'src/models.ts', contents: ctx.printer.print(modelStatements(ctx.ir.schemas, ctx.schemaNames, ctx.typeContext('response'))) }];
  // Everything the models read (schemas, their names, the config) is in the memo's shared inputs.
  return recalledFiles(ctx.memo, { emitter: 'types' }, emit);
};
