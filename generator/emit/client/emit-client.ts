import type { ResourceIR } from '../../ir/types.js';
import type { Emitter, GeneratedFile } from '../emitter.js';
import { stringLiteral } from '../naming/literals.js';
import { baseURL, packageFiles, runtimeFiles } from '../package/package-files.js';
import { structures, type Statement } from '../ts/index.js';
import { emitResourceFile, methodNames } from './emit-resources.js';
import { nameResources, type ResourceNames } from './resource-names.js';
import { operationValidators } from '../zod/validators.js';

/** Names the runtime exports; a model or resource class must not take them. */
export const RUNTIME_EXPORTS = [
  'AbortError', 'AlreadyExistsError', 'ApiError', 'ApiPromise', 'ClientCore', 'ClientOptions', 'ConnectionError', 'FailedPreconditionError',
  'InternalError', 'InvalidArgumentError', 'InvalidResponseError', 'NotFoundError', 'Page', 'PagePromise', 'PaymentRequiredError',
  'PermissionDeniedError', 'RequestOptions', 'ResourceExhaustedError', 'TimeoutError', 'UnauthenticatedError', 'UnavailableError',
  'ValidationError', 'VoipbinClientError', 'VoipbinError', 'isVoipbinError', 'encodePathParam', 'path', 'Logger', 'LogLevel', 'TokenProvider',
];

/** The client: resource files, `client.ts`, `index.ts`, the copied runtime and the package files. */
export const emitClient: Emitter = (ctx) => {
  const takenTypes = new Set<string>([...RUNTIME_EXPORTS, ...ctx.schemaNames.values(), ctx.config.clientName]);
  const methods = methodNames(ctx);
  const methodsOf = (node: ResourceIR) => node.operations.map((pointer) => methods.get(pointer) as string);
  const resources = nameResources(ctx.ir.resources, methodsOf, takenTypes, ctx.config.namingHooks);
  const validators = operationValidators(ctx);
  const files: GeneratedFile[] = resources.map((top) => emitResourceFile(ctx, top, methods, takenTypes, validators));
  files.push({ path: 'src/client.ts', contents: ctx.printer.print(clientStatements(ctx, resources)) });
  files.push({ path: 'src/index.ts', contents: ctx.printer.print(indexStatements(ctx, resources)) });
  files.push(...runtimeFiles());
  const call = firstCall(ctx, resources, methods, (operation) => !operation.pagination && operation.params.path.length === 0 && operation.method === 'get');
  const list = firstCall(ctx, resources, methods, (operation) => operation.pagination !== undefined && operation.params.path.length === 0);
  files.push(...packageFiles(ctx, { ...(call ? { call: { call: `client.${call}()`, callee: `client.${call}` } } : {}), ...(list ? { list: `client.${list}` } : {}) }));
  return files;
};

function clientStatements(ctx: Parameters<Emitter>[0], resources: ResourceNames[]): Statement[] {
  const name = ctx.config.clientName;
  return [
    structures.import({ moduleSpecifier: './core/index.js', namedImports: ['ClientCore', { name: 'ClientOptions', isTypeOnly: true }] }),
    ...resources.map((resource) => structures.import({ moduleSpecifier: `./resources/${resource.fileName}.js`, namedImports: [resource.className] })),
    structures.constant('DEFAULT_BASE_URL', stringLiteral(baseURL(ctx)), { docs: 'The API root from the spec\'s first server.' }),
    structures.class({
      name,
      isExported: true,
      docs: [{ description: `The ${ctx.ir.meta.title.replace(/\*\//g, '*\\/')} client. One instance owns transport, auth, retries, timeouts and logging.` }],
      properties: resources.map((resource) => ({ name: resource.propertyName, isReadonly: true, type: resource.className })),
      ctors: [
        {
          parameters: [{ name: 'options', type: 'ClientOptions', initializer: '{}' }],
          statements: [
            `const core = new ClientCore(options, { baseURL: DEFAULT_BASE_URL, userAgent: ${stringLiteral(`${ctx.config.packageName}/${ctx.config.packageVersion}`)} });`,
            ...resources.map((resource) => `this.${resource.propertyName} = new ${resource.className}(core);`),
          ],
        },
      ],
    }),
  ];
}

function indexStatements(ctx: Parameters<Emitter>[0], resources: ResourceNames[]): Statement[] {
  return [
    structures.export({ moduleSpecifier: './client.js', namedExports: [ctx.config.clientName] }),
    structures.export({ moduleSpecifier: './core/index.js' }),
    structures.export({ moduleSpecifier: './models.js', isTypeOnly: true }),
    ...resources.map((resource) => structures.export({ moduleSpecifier: `./resources/${resource.fileName}.js` })),
  ];
}

function firstCall(
  ctx: Parameters<Emitter>[0],
  resources: ResourceNames[],
  methods: Map<string, string>,
  accept: (operation: Parameters<Emitter>[0]['ir']['operations'][number]) => boolean,
): string | undefined {
  const byPointer = new Map(ctx.ir.operations.map((operation) => [operation.pointer, operation]));
  const search = (nodes: ResourceNames[], prefix: string): string | undefined => {
    for (const node of nodes) {
      const path = `${prefix}${node.propertyName}`;
      const hit = node.node.operations.find((pointer) => accept(byPointer.get(pointer)!));
      if (hit) return `${path}.${methods.get(hit)}`;
      const deeper = search(node.children, `${path}.`);
      if (deeper) return deeper;
    }
    return undefined;
  };
  return search(resources, '');
}
