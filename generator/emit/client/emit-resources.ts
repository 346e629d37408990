import type { NamingHooks, OperationNameInput } from '../../config/hooks.js';
import type { NamedSchemaIR, OperationIR } from '../../ir/types.js';
import type { EmitContext, GeneratedFile } from '../emitter.js';
import { hookedName } from '../naming/hooks.js';
import { memberName, pascalCase, uniqueName } from '../naming/identifiers.js';
import { docText } from '../naming/js-doc.js';
import { jsDoc, structures, type ClassDecl, type Statement } from '../ts/index.js';
import type { TypeContext } from '../types/type-expression.js';
import type { ReasonContext } from '../errors/reason-context.js';
import type { OperationValidators } from '../zod/validators.js';
import { operationCode, type OperationNaming } from './operation-method.js';
import type { ResourceNames } from './resource-names.js';
import { operationsByPointer, schemasByPointer } from '../ir-indexes.js';

/** Method names per operation pointer, settled once for the whole SDK (the `operation` naming hook may replace the default). */
export function methodNames(ctx: Pick<EmitContext, 'ir'> & { config?: { namingHooks: NamingHooks } }): Map<string, string> {
  const names = new Map<string, string>();
  const byResource = new Map<string, Set<string>>();
  for (const operation of ctx.ir.operations) {
    const key = operation.resource.join('/');
    const taken = byResource.get(key) ?? new Set<string>();
    byResource.set(key, taken);
    names.set(operation.pointer, uniqueName(hookedName(ctx.config?.namingHooks, 'operation', operationNameInput(operation), 'member'), taken));
  }
  return names;
}

/** What every resource file shares: names settled for the whole SDK. */
export interface ResourceFileNaming {
  methods: Map<string, string>;
  /** Operation key (`calls.hangup`) by pointer. */
  keys: Map<string, string>;
  takenTypes: Set<string>;
  /** The reason catalog, when there is one. */
  reasons: ReasonContext | undefined;
  /** Filled in: each operation's reason type name, by pointer. */
  reasonTypes: Map<string, string>;
  /** Checks from `validation/operations.ts` per operation pointer (the zod emitter's), if it runs. */
  validators: Map<string, OperationValidators>;
}

/** One `src/resources/<name>.ts` per top-level resource, holding the classes of its whole subtree. */
export function emitResourceFile(ctx: EmitContext, top: ResourceNames, naming: ResourceFileNaming): GeneratedFile {
  const scope = fileScope(ctx);
  const { contexts: typeContexts, byPointer, runtime } = scope;
  const classes: ClassDecl[] = [];
  const declarations: Statement[] = [];

  const visit = (names: ResourceNames) => {
    const operations = names.node.operations.map((pointer) => byPointer.get(pointer) as OperationIR);
    const codes = operations.map((operation) =>
      operationCode(operation, operationNaming(names.className, operation, naming.methods.get(operation.pointer) as string, naming, ctx), typeContexts),
    );
    operations.forEach((operation, i) => {
      const code = codes[i] as (typeof codes)[number];
      declarations.push(...code.declarations);
      for (const name of code.runtime) runtime.add(name);
      if (code.reasonType) naming.reasonTypes.set(operation.pointer, code.reasonType);
    });
    classes.push(resourceClass(names, codes.map((code) => code.method)));
    names.children.forEach(visit);
  };
  visit(top);

  return { path: `src/resources/${top.fileName}.ts`, contents: ctx.printer.print([...scopeImports(scope, top, naming), ...declarations, ...classes]) };
}

/** What one generated file collects while its operations are printed: the models and runtime names it uses. */
export interface FileScope {
  contexts: { request: TypeContext; response: TypeContext; index: ReadonlyMap<string, NamedSchemaIR>; hooks: NamingHooks };
  byPointer: ReadonlyMap<string, OperationIR>;
  usedModels: Set<string>;
  runtime: Set<string>;
}

export function fileScope(ctx: EmitContext): FileScope {
  const usedModels = new Set<string>();
  const typeContext = (direction: TypeContext['direction']): TypeContext => ({
    direction,
    nameOf: (pointer) => {
      const name = ctx.schemaNames.get(pointer);
      if (name) usedModels.add(name);
      return name;
    },
  });
  return {
    contexts: { request: typeContext('request'), response: typeContext('response'), index: schemasByPointer(ctx.ir), hooks: ctx.config.namingHooks },
    byPointer: operationsByPointer(ctx.ir),
    usedModels,
    runtime: new Set<string>(['ClientCore']),
  };
}

/** The imports of a file under `src/<folder>/`: runtime, models, reasons and checks, only what it uses. */
export function scopeImports(scope: FileScope, top: ResourceNames, naming: ResourceFileNaming): Statement[] {
  const imports: Statement[] = [
    structures.import({ moduleSpecifier: '../core/index.js', namedImports: [...scope.runtime].sort().map((name) => ({ name, isTypeOnly: isTypeOnlyRuntime(name) })) }),
  ];
  if (scope.usedModels.size > 0) imports.push(structures.import({ moduleSpecifier: '../models.js', isTypeOnly: true, namedImports: [...scope.usedModels].sort() }));
  const pointers = subtreePointers(top);
  if (naming.reasons && pointers.some((pointer) => naming.reasonTypes.has(pointer))) {
    imports.push(structures.import({ moduleSpecifier: '../reasons.js', isTypeOnly: true, namedImports: [naming.reasons.names.operations] }));
  }
  return [...imports, ...validatorImports(pointers, naming.validators)];
}

/** What `operationCode` needs to name and wire one operation; `methodName` is the method's (or, in `lite`, the function's) name. */
export function operationNaming(className: string, operation: OperationIR, methodName: string, naming: ResourceFileNaming, ctx: Pick<EmitContext, 'config'>): OperationNaming {
  const validators = naming.validators.get(operation.pointer);
  return {
    methodName,
    typePrefix: typePrefix(className, operation, ctx.config.namingHooks),
    takenTypes: naming.takenTypes,
    key: naming.keys.get(operation.pointer) as string,
    reasons: naming.reasons,
    ...(validators ? { validators } : {}),
  };
}

/** Operation pointers of a resource and its whole subtree. */
export function subtreePointers(top: ResourceNames): string[] {
  return [...top.node.operations, ...top.children.flatMap(subtreePointers)];
}

/** The import of the checks the operations of one resource subtree pass to the runtime, if any. */
function validatorImports(pointers: string[], validators: Map<string, OperationValidators>): Statement[] {
  const names = pointers.flatMap((pointer) => Object.values(validators.get(pointer) ?? {}));
  return names.length > 0 ? [structures.import({ moduleSpecifier: '../validation/operations.js', namedImports: names.sort() })] : [];
}

/** `CallsList` for `calls.list`: from the raw name, or from the hook's name when the `operation` hook chose one. */
export function typePrefix(className: string, operation: OperationIR, hooks: NamingHooks | undefined): string {
  const fallback = memberName(operation.rawName);
  const hooked = hookedName(hooks, 'operation', operationNameInput(operation), 'member');
  return `${className}${pascalCase(hooked === fallback ? operation.rawName : hooked)}`;
}

function operationNameInput(operation: OperationIR): OperationNameInput {
  const { rawName, method, path, operationId, tags, resource } = operation;
  return { name: memberName(rawName), rawName, method, path, tags: [...tags], resource: [...resource], ...(operationId ? { operationId } : {}) };
}

function isTypeOnlyRuntime(name: string): boolean {
  return name === 'RequestOptions' || name === 'ClientCore' || name === 'ApiPromise' || name === 'PagePromise';
}

function resourceClass(names: ResourceNames, methods: ClassDecl['methods']): ClassDecl {
  const path = names.node.path.map((segment) => docText(segment)).join('/');
  return structures.class({
    name: names.className,
    isExported: true,
    docs: jsDoc(`Operations under \`/${path}\`.`) ?? [],
    properties: [
      { name: '#core', isReadonly: true, type: 'ClientCore' },
      ...names.children.map((child) => ({ name: child.propertyName, isReadonly: true, type: child.className, docs: jsDoc(`Operations under \`/${child.node.path.map(docText).join('/')}\`.`) ?? [] })),
    ],
    ctors: [
      {
        parameters: [{ name: 'core', type: 'ClientCore' }],
        statements: ['this.#core = core;', ...names.children.map((child) => `this.${child.propertyName} = new ${child.className}(core);`)],
      },
    ],
    methods: methods ?? [],
  });
}
