import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../config/package-root.js';
import type { ResourceIR } from '../../ir/types.js';
import type { Emitter, GeneratedFile } from '../emitter.js';
import { docText } from '../naming/js-doc.js';
import { stringLiteral } from '../naming/literals.js';
import { markdownCode, markdownText } from '../naming/markdown.js';
import { TemplateSet } from '../templates.js';
import { structures, type Statement } from '../ts/index.js';
import { emitResourceFile, methodNames } from './emit-resources.js';
import { nameResources, type ResourceNames } from './resource-names.js';

/** Names the runtime exports; a model or resource class must not take them. */
export const RUNTIME_EXPORTS = [
  'AbortError', 'AlreadyExistsError', 'ApiError', 'ApiPromise', 'ClientCore', 'ClientOptions', 'ConnectionError', 'FailedPreconditionError',
  'InternalError', 'InvalidArgumentError', 'InvalidResponseError', 'NotFoundError', 'Page', 'PagePromise', 'PaymentRequiredError',
  'PermissionDeniedError', 'RequestOptions', 'ResourceExhaustedError', 'TimeoutError', 'UnauthenticatedError', 'UnavailableError',
  'VoipbinClientError', 'VoipbinError', 'isVoipbinError', 'encodePathParam', 'path', 'Logger', 'LogLevel', 'TokenProvider',
  'TokenRequest', 'PageConfig', 'ClientDefaults', 'TransportHooks', 'WithResponse', 'BodySpec', 'HttpMethod', 'QueryParam',
  'RequestSpec', 'ResponseKind', 'CanonicalCode', 'VoipbinErrorInit',
];

/** The client: resource files, `client.ts`, `index.ts`, the copied runtime and the package files. */
export const emitClient: Emitter = (ctx) => {
  const takenTypes = new Set<string>([...RUNTIME_EXPORTS, ...ctx.schemaNames.values(), ctx.config.clientName]);
  const methods = methodNames(ctx);
  const methodsOf = (node: ResourceIR) => node.operations.map((pointer) => methods.get(pointer) as string);
  const resources = nameResources(ctx.ir.resources, methodsOf, takenTypes);
  const files: GeneratedFile[] = resources.map((top) => emitResourceFile(ctx, top, methods, takenTypes));
  files.push({ path: 'src/client.ts', contents: ctx.printer.print(clientStatements(ctx, resources)) });
  files.push({ path: 'src/index.ts', contents: ctx.printer.print(indexStatements(ctx, resources)) });
  files.push(...runtimeFiles());
  files.push(...packageFiles(ctx, resources, methods));
  return files;
};

function baseURL(ctx: Parameters<Emitter>[0]): string {
  const server = ctx.ir.servers[0];
  if (!server) return 'https://api.voipbin.net/v1.0';
  return server.url.replace(/\{([^}]+)\}/g, (whole, name: string) => server.variables.find((variable) => variable.name === name)?.default ?? whole);
}

function clientStatements(ctx: Parameters<Emitter>[0], resources: ResourceNames[]): Statement[] {
  const name = ctx.config.clientName;
  return [
    structures.import({ moduleSpecifier: './core/index.js', namedImports: ['ClientCore', { name: 'ClientOptions', isTypeOnly: true }] }),
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

/** templates/runtime/*.ts, copied verbatim into `src/core/`. */
function runtimeFiles(): GeneratedFile[] {
  const folder = join(packageRoot(), 'templates/runtime');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .sort()
    .map((file) => ({ path: `src/core/${file}`, contents: readFileSync(join(folder, file), 'utf8') }));
}

function packageFiles(ctx: Parameters<Emitter>[0], resources: ResourceNames[], methods: Map<string, string>): GeneratedFile[] {
  const templates = new TemplateSet();
  const call = firstCall(ctx, resources, methods, (operation) => !operation.pagination && operation.params.path.length === 0 && operation.method === 'get');
  const list = firstCall(ctx, resources, methods, (operation) => operation.pagination !== undefined && operation.params.path.length === 0);
  const view = {
    packageName: ctx.config.packageName,
    packageVersion: ctx.config.packageVersion,
    description: `TypeScript SDK for ${ctx.ir.meta.title}`,
    title: markdownText(ctx.ir.meta.title),
    apiVersion: markdownText(ctx.ir.meta.version),
    generatorVersion: ctx.config.generatorVersion,
    clientName: ctx.config.clientName,
    baseURL: markdownCode(baseURL(ctx)),
    example: call ? { call: `${call}()` } : false,
    listExample: list ?? false,
  };
  return ['package.json', 'tsconfig.json', 'README.md'].map((name) => ({ path: name, contents: templates.render(name, view) }));
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
