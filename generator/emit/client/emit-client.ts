import type { ResourceIR } from '../../ir/types.js';
import type { EmitContext, Emitter, GeneratedFile } from '../emitter.js';
import { reasonContext } from '../errors/reason-context.js';
import { docText } from '../naming/js-doc.js';
import { stringLiteral } from '../naming/literals.js';
import { assignReasonNames } from '../naming/reason-names.js';
import { baseURL, packageFiles } from '../package/package-files.js';
import { templateFiles } from '../template-files.js';
import { structures, type Statement } from '../ts/index.js';
import { methodNames, type ResourceFileNaming } from './emit-resources.js';
import { recalledResourceFile } from './recalled-resource-file.js';
import { operationKeys } from './operation-keys.js';
import { readmeReasons } from './readme-reasons.js';
import { nameResources, type ResourceNames } from './resource-names.js';
import type { NamingHooks } from '../../config/hooks.js';
import type { NamedSchemaIR } from '../../ir/types.js';
import { relieveHeap } from '../../heap/relieve-heap.js';
import { assignSchemaNames } from '../naming/schema-names.js';
import { operationValidators } from '../zod/validators.js';
import { operationsByPointer } from '../ir-indexes.js';

/** Names the runtime exports; a model or resource class must not take them. */
export const RUNTIME_EXPORTS = [
  'AbortError', 'AlreadyExistsError', 'ApiError', 'ApiPromise', 'ClientCore', 'ClientOptions', 'ConnectionError', 'FailedPreconditionError',
  'InternalError', 'InvalidArgumentError', 'InvalidResponseError', 'NotFoundError', 'Page', 'PagePromise', 'PaymentRequiredError',
  'PermissionDeniedError', 'RequestOptions', 'ResourceExhaustedError', 'TimeoutError', 'UnauthenticatedError', 'UnavailableError',
  'ValidationError', 'VoipbinClientError', 'VoipbinError', 'isVoipbinError', 'encodePathParam', 'path', 'Logger', 'LogLevel', 'TokenProvider',
  'isErrorWithReason', 'ErrorContext', 'ReasonRetryability', 'ValidationErrorInit', 'ValidationIssue',
  'TokenRequest', 'PageConfig', 'ClientDefaults', 'TransportHooks', 'WithResponse', 'BodySpec', 'HttpMethod', 'QueryParam',
  'RequestSpec', 'ResponseKind', 'CanonicalCode', 'VoipbinErrorInit',
];

/**
 * Model type names as the SDK declares them: never a runtime export or the
 * client class. The emitters and `diff` both take them from here, so they agree.
 */
export function modelNames(schemas: NamedSchemaIR[], hooks: NamingHooks | undefined, clientName: string): ReturnType<typeof assignSchemaNames> {
  return assignSchemaNames(schemas, hooks, [...RUNTIME_EXPORTS, clientName]);
}

/** What naming the client needs: the IR, the model names and the client's own name. */
type NamingInputs = Pick<EmitContext, 'ir' | 'schemaNames'> & { config: Pick<EmitContext['config'], 'clientName' | 'namingHooks'> };

/** Type names a generated name must not take: the runtime's, the models' and the client's. Every emitter starts from the same set. */
export function reservedTypeNames(ctx: NamingInputs): Set<string> {
  return new Set<string>([...RUNTIME_EXPORTS, ...ctx.schemaNames.values(), ctx.config.clientName]);
}

/** The client: resource files, `client.ts`, `index.ts`, the copied runtime and the package files. */
export const emitClient: Emitter = (ctx) => {
  const names = clientNames(ctx);
  const { takenTypes, methods, resources } = names;
  // The reasons module exists only when the flavor runs the errors emitter.
  const reasons = ctx.emitters.includes('errors') ? names.reasons : undefined;
  const naming: ResourceFileNaming = { methods, keys: operationKeys(resources, methods), takenTypes, reasons, reasonTypes: new Map(), validators: operationValidators(ctx) };
  const files: GeneratedFile[] = resources.map((top) => (relieveHeap(), recalledResourceFile(ctx, top, naming)));
  files.push({ path: 'src/client.ts', contents: ctx.printer.print(clientStatements(ctx, resources, reasons !== undefined)) });
  files.push({ path: 'src/index.ts', contents: ctx.printer.print(indexStatements(ctx, resources, reasons !== undefined)) });
  files.push(...templateFiles('runtime', 'src/core'));
  const call = firstCall(ctx, resources, methods, (operation) => !operation.pagination && operation.params.path.length === 0 && operation.method === 'get');
  const list = firstCall(ctx, resources, methods, (operation) => operation.pagination !== undefined && operation.params.path.length === 0);
  files.push(
    ...packageFiles(ctx, {
      ...(call ? { call: { call: `client.${call}()`, callee: `client.${call}` } } : {}),
      ...(list ? { list: `client.${list}` } : {}),
      reasons: readmeReasons(ctx.ir.operations, naming),
    }),
  );
  return files;
};

/**
 * The SDK's method names (per operation pointer) and resource tree names,
 * settled once, naming hooks applied. `voipbin-sdkgen diff` reads the same
 * names; `reserved` adds type names an emitter keeps for itself.
 */
export function clientNames(ctx: NamingInputs, reserved: readonly string[] = []) {
  const takenTypes = reservedTypeNames(ctx);
  for (const name of reserved) takenTypes.add(name);
  // Names of src/reasons.ts (emit/errors settles the same ones) come before resource and operation types.
  const reasons = ctx.ir.errors.reasons.length > 0 ? reasonContext(ctx.ir.errors.reasons, assignReasonNames(ctx.ir.errors.reasons, takenTypes)) : undefined;
  const methods = methodNames(ctx);
  const methodsOf = (node: ResourceIR) => node.operations.map((pointer) => methods.get(pointer) as string);
  const resources = nameResources(ctx.ir.resources, methodsOf, takenTypes, ctx.config.namingHooks);
  return { takenTypes, methods, resources, reasons };
}

function clientStatements(ctx: Parameters<Emitter>[0], resources: ResourceNames[], withReasons: boolean): Statement[] {
  const name = ctx.config.clientName;
  const reasonDefault = withReasons ? ', isRetryableReason' : '';
  return [
    structures.import({ moduleSpecifier: './core/index.js', namedImports: ['ClientCore', { name: 'ClientOptions', isTypeOnly: true }] }),
    ...(withReasons ? [structures.import({ moduleSpecifier: './reasons.js', namedImports: ['isRetryableReason'] })] : []),
    ...resources.map((resource) => structures.import({ moduleSpecifier: `./resources/${resource.fileName}.js`, namedImports: [resource.className] })),
    structures.constant('DEFAULT_BASE_URL', stringLiteral(baseURL(ctx)), { docs: 'The API root from the spec\'s first server.' }),
    structures.class({
      name,
      isExported: true,
      docs: [{ description: `The ${docText(ctx.ir.meta.title)} client. One instance owns transport, auth, retries, timeouts and logging.` }],
      properties: resources.map((resource) => ({ name: resource.propertyName, isReadonly: true, type: resource.className })),
      ctors: [
        {
          parameters: [{ name: 'options', type: 'ClientOptions', initializer: '{}' }],
          statements: [
            `const core = new ClientCore(options, { baseURL: DEFAULT_BASE_URL, userAgent: ${stringLiteral(`${ctx.config.packageName}/${ctx.config.packageVersion}`)}${reasonDefault} });`,
            ...resources.map((resource) => `this.${resource.propertyName} = new ${resource.className}(core);`),
          ],
        },
      ],
    }),
  ];
}

function indexStatements(ctx: Parameters<Emitter>[0], resources: ResourceNames[], withReasons: boolean): Statement[] {
  return [
    structures.export({ moduleSpecifier: './client.js', namedExports: [ctx.config.clientName] }),
    structures.export({ moduleSpecifier: './core/index.js' }),
    structures.export({ moduleSpecifier: './models.js', isTypeOnly: true }),
    ...(withReasons ? [structures.export({ moduleSpecifier: './reasons.js' })] : []),
    ...resources.map((resource) => structures.export({ moduleSpecifier: `./resources/${resource.fileName}.js` })),
  ];
}

function firstCall(
  ctx: Parameters<Emitter>[0],
  resources: ResourceNames[],
  methods: Map<string, string>,
  accept: (operation: Parameters<Emitter>[0]['ir']['operations'][number]) => boolean,
): string | undefined {
  const byPointer = operationsByPointer(ctx.ir);
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
