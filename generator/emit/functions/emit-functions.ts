import type { OperationIR } from '../../ir/types.js';
import { clientNames, RUNTIME_EXPORTS } from '../client/emit-client.js';
import { fileScope, operationNaming, scopeImports, type ResourceFileNaming } from '../client/emit-resources.js';
import { operationCode } from '../client/operation-method.js';
import { operationKeys } from '../client/operation-keys.js';
import type { ResourceNames } from '../client/resource-names.js';
import type { EmitContext, Emitter, GeneratedFile } from '../emitter.js';
import { memberName, pascalCase, uniqueName } from '../naming/identifiers.js';
import { stringLiteral } from '../naming/literals.js';
import { baseURL, packageFiles } from '../package/package-files.js';
import { templateFiles } from '../template-files.js';
import { structures, type Statement } from '../ts/index.js';
import { operationValidators } from '../zod/validators.js';

/**
 * The `lite` client: one exported function per operation taking the client
 * first (`callsList(client, params)`), so a bundler keeps only the
 * operations an app imports. Same params and response types as the
 * resource client; `src/operations/<resource>.ts` per top-level resource.
 */
export const emitFunctions: Emitter = (ctx) => {
  const names = clientNames(ctx, ['createClient']);
  const { methods, resources, takenTypes } = names;
  const reasons = ctx.emitters.includes('errors') ? names.reasons : undefined;
  const naming: ResourceFileNaming = { methods, keys: operationKeys(resources, methods), takenTypes, reasons, reasonTypes: new Map(), validators: operationValidators(ctx) };
  const functionNames = new Set<string>(['createClient', ...RUNTIME_EXPORTS]);
  const named = new Map<string, string>();
  const files: GeneratedFile[] = resources.map((top) => operationsFile(ctx, top, naming, { functionNames, named }));
  files.push({ path: 'src/client.ts', contents: ctx.printer.print(clientStatements(ctx, reasons !== undefined)) });
  files.push({
    path: 'src/index.ts',
    contents: ctx.printer.print([
      structures.export({ moduleSpecifier: './client.js', namedExports: ['createClient'] }),
      structures.export({ moduleSpecifier: './core/index.js' }),
      structures.export({ moduleSpecifier: './models.js', isTypeOnly: true }),
      ...(reasons ? [structures.export({ moduleSpecifier: './reasons.js' })] : []),
      ...resources.map((resource) => structures.export({ moduleSpecifier: `./operations/${resource.fileName}.js` })),
    ]),
  });
  files.push(...templateFiles('runtime', 'src/core'));
  const call = firstFunction(ctx, named, (operation) => !operation.pagination && operation.params.path.length === 0 && operation.method === 'get');
  const list = firstFunction(ctx, named, (operation) => operation.pagination !== undefined && operation.params.path.length === 0);
  files.push(...packageFiles(ctx, { ...(call ? { call: { call: `${call}(client)`, callee: call } } : {}), ...(list ? { list } : {}), reasons: false }));
  return files;
};

/** Function names, shared by every operations file. */
interface FunctionNames {
  functionNames: Set<string>;
  /** Filled in: the function name of each operation, by pointer. */
  named: Map<string, string>;
}

function operationsFile(ctx: EmitContext, top: ResourceNames, naming: ResourceFileNaming, { functionNames, named }: FunctionNames): GeneratedFile {
  const scope = fileScope(ctx);
  const { contexts, byPointer, runtime } = scope;
  const declarations: Statement[] = [];
  const functions: Statement[] = [];
  const visit = (names: ResourceNames) => {
    for (const pointer of names.node.operations) {
      const operation = byPointer.get(pointer) as OperationIR;
      const name = uniqueName(memberName(`${names.className}${pascalCase(naming.methods.get(pointer) as string)}`), functionNames);
      named.set(pointer, name);
      const core = operation.params.path.some((parameter) => memberName(parameter.name) === 'client') ? 'sdkClient' : 'client';
      const code = operationCode(operation, { ...operationNaming(names.className, operation, name, naming, ctx), core }, contexts);
      declarations.push(...code.declarations);
      for (const used of code.runtime) runtime.add(used);
      if (code.reasonType) naming.reasonTypes.set(pointer, code.reasonType);
      const { parameters = [], returnType, statements, docs } = code.method;
      functions.push(
        structures.function({ name, isExported: true, parameters: [{ name: core, type: 'ClientCore' }, ...parameters], ...(returnType ? { returnType } : {}), ...(statements ? { statements } : {}), ...(docs ? { docs } : {}) }),
      );
    }
    names.children.forEach(visit);
  };
  visit(top);
  return { path: `src/operations/${top.fileName}.ts`, contents: ctx.printer.print([...scopeImports(scope, top, naming), ...declarations, ...functions]) };
}

function clientStatements(ctx: EmitContext, withReasons: boolean): Statement[] {
  return [
    structures.import({ moduleSpecifier: './core/index.js', namedImports: ['ClientCore', { name: 'ClientOptions', isTypeOnly: true }] }),
    ...(withReasons ? [structures.import({ moduleSpecifier: './reasons.js', namedImports: ['isRetryableReason'] })] : []),
    structures.constant('DEFAULT_BASE_URL', stringLiteral(baseURL(ctx)), { exported: false, docs: "The API root from the spec's first server." }),
    structures.function({
      name: 'createClient',
      isExported: true,
      docs: [{ description: 'The client every operation function takes: transport, auth, retries, timeouts and logging.' }],
      parameters: [{ name: 'options', type: 'ClientOptions', initializer: '{}' }],
      returnType: 'ClientCore',
      statements: [`return new ClientCore(options, { baseURL: DEFAULT_BASE_URL, userAgent: ${stringLiteral(`${ctx.config.packageName}/${ctx.config.packageVersion}`)}${withReasons ? ', isRetryableReason' : ''} });`],
    }),
  ];
}

function firstFunction(ctx: EmitContext, named: Map<string, string>, accept: (operation: OperationIR) => boolean): string | undefined {
  const hit = ctx.ir.operations.find((operation) => accept(operation));
  return hit ? named.get(hit.pointer) : undefined;
}
