import type { Emitter } from '../emitter.js';
import { modelStatements } from './emit-models.js';

/** `src/models.ts`: every shared model of the API. */
export const emitTypes: Emitter = (ctx) => {
  const statements = modelStatements(ctx.ir.schemas, ctx.schemaNames, ctx.typeContext('response'));
  return [{ path: 'src/models.ts', contents: ctx.printer.print(statements) }];
};
