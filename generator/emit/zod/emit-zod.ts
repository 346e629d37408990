import type { OperationIR } from '../../ir/types.js';
import type { EmitContext, Emitter, GeneratedFile } from '../emitter.js';
import { docText } from '../naming/js-doc.js';
import { stringLiteral } from '../naming/literals.js';
import { structures, type Statement } from '../ts/index.js';
import { operationValidators } from './validators.js';
import { zodExpression, type ZodNameOf } from './zod-expression.js';

/** Turns zod's issues into the runtime's ValidationError; the same text in every SDK. */
const CHECK_FUNCTION = `/** A check the runtime runs: throws a ValidationError listing what does not match. */
function check(schema: z.ZodType, operation: string, direction: 'request' | 'response'): (value: unknown) => void {
  return (value) => {
    const result = schema.safeParse(value);
    if (result.success) return;
    const issues = result.error.issues.map((issue) => ({
      path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
      message: issue.message,
      code: issue.code,
    }));
    throw new ValidationError({ operation, direction, issues });
  };
}`;

/**
 * zod schemas from the IR: `src/validation/schemas.ts` (one per model,
 * `CallSchema`) and `src/validation/operations.ts` (the checks the client
 * passes to the runtime, which throw a typed `ValidationError`).
 */
export const emitZod: Emitter = (ctx) => {
  const schemaNames = new Map([...ctx.schemaNames].map(([pointer, name]) => [pointer, `${name}Schema`]));
  return [schemasFile(ctx, schemaNames), operationsFile(ctx, schemaNames)];
};

function schemasFile(ctx: EmitContext, names: Map<string, string>): GeneratedFile {
  const nameOf: ZodNameOf = (pointer) => names.get(pointer);
  const statements: Statement[] = [
    structures.import({ moduleSpecifier: 'zod', namedImports: ['z'] }),
    ...ctx.ir.schemas.map((named) =>
      structures.constant(names.get(named.pointer) as string, zodExpression(named.schema, nameOf), {
        type: 'z.ZodType',
        docs: `Checks a {@link ${ctx.schemaNames.get(named.pointer)}} value.`,
      }),
    ),
  ];
  return { path: 'src/validation/schemas.ts', contents: ctx.printer.print(statements) };
}

function operationsFile(ctx: EmitContext, names: Map<string, string>): GeneratedFile {
  const used = new Set<string>();
  const nameOf: ZodNameOf = (pointer) => {
    const name = names.get(pointer);
    if (name) used.add(name);
    return name;
  };
  const checks: Statement[] = [];
  const validators = operationValidators(ctx);
  for (const operation of ctx.ir.operations) {
    const entry = validators.get(operation.pointer);
    const label = stringLiteral(`${operation.method.toUpperCase()} ${operation.path}`);
    if (entry?.request && operation.body) checks.push(checkConstant(entry.request, zodExpression(operation.body.schema, nameOf), label, 'request', operation));
    if (entry?.response && operation.success?.schema) checks.push(checkConstant(entry.response, zodExpression(operation.success.schema, nameOf), label, 'response', operation));
  }
  const imports: Statement[] = [
    structures.import({ moduleSpecifier: 'zod', namedImports: ['z'] }),
    structures.import({ moduleSpecifier: '../core/index.js', namedImports: ['ValidationError'] }),
  ];
  if (used.size > 0) imports.push(structures.import({ moduleSpecifier: './schemas.js', namedImports: [...used].sort() }));
  return { path: 'src/validation/operations.ts', contents: ctx.printer.print([...imports, CHECK_FUNCTION, ...checks]) };
}

function checkConstant(name: string, expression: string, label: string, direction: 'request' | 'response', operation: OperationIR): Statement {
  const what = direction === 'request' ? 'request body' : 'decoded response';
  return structures.constant(name, `check(${expression}, ${label}, ${stringLiteral(direction)})`, {
    docs: `Checks the ${what} of \`${operation.method.toUpperCase()} ${docText(operation.path)}\`.`,
  });
}
