import type { NamingHooks, OperationNameInput } from '../../config/hooks.js';
import type { OperationIR } from '../../ir/types.js';
import { schemaIndex } from '../../ir/schema-lookup.js';
import type { EmitContext, GeneratedFile } from '../emitter.js';
import { hookedName } from '../naming/hooks.js';
import { memberName, pascalCase, uniqueName } from '../naming/identifiers.js';
import { docText } from '../naming/js-doc.js';
import { jsDoc, structures, type ClassDecl, type Statement } from '../ts/index.js';
import type { TypeContext } from '../types/type-expression.js';
import type { OperationValidators } from '../zod/validators.js';
import { operationCode, type OperationNaming } from './operation-method.js';
import type { ResourceNames } from './resource-names.js';

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

/** One `src/resources/<name>.ts` per top-level resource, holding the classes of its whole subtree. */
export function emitResourceFile(
  ctx: EmitContext,
  top: ResourceNames,
  methods: Map<string, string>,
  takenTypes: Set<string>,
  validators: Map<string, OperationValidators> = new Map(),
): GeneratedFile {
  const scope = fileScope(ctx);
  const { contexts: typeContexts, byPointer, runtime } = scope;
  const classes: ClassDecl[] = [];
  const declarations: Statement[] = [];

  const visit = (names: ResourceNames) => {
    const operations = names.node.operations.map((pointer) => byPointer.get(pointer) as OperationIR);
    const codes = operations.map((operation) =>
      operationCode(operation, operationNaming(names.className, operation, methods.get(operation.pointer) as string, takenTypes, ctx, validators.get(operation.pointer)), typeContexts),
    );
    for (const code of codes) {
      declarations.push(...code.declarations);
      for (const name of code.runtime) runtime.add(name);
    }
    classes.push(resourceClass(names, codes.map((code) => code.method)));
    names.children.forEach(visit);
  };
  visit(top);

  return { path: `src/resources/${top.fileName}.ts`, contents: ctx.printer.print([...scopeImports(scope, top, validators), ...declarations, ...classes]) };
}

/** What one generated file collects while its operations are printed: the models and runtime names it uses. */
export interface FileScope {
  contexts: { request: TypeContext; response: TypeContext; index: ReturnType<typeof schemaIndex>; hooks: NamingHooks };
  byPointer: Map<string, OperationIR>;
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
    contexts: { request: typeContext('request'), response: typeContext('response'), index: schemaIndex(ctx.ir), hooks: ctx.config.namingHooks },
    byPointer: new Map(ctx.ir.operations.map((operation) => [operation.pointer, operation])),
    usedModels,
    runtime: new Set<string>(['ClientCore']),
  };
}

/** The imports of a file under `src/<folder>/`: runtime, models and checks, only what it uses. */
export function scopeImports(scope: FileScope, top: ResourceNames, validators: Map<string, OperationValidators>): Statement[] {
  const imports: Statement[] = [
    structures.import({ moduleSpecifier: '../core/index.js', namedImports: [...scope.runtime].sort().map((name) => ({ name, isTypeOnly: isTypeOnlyRuntime(name) })) }),
  ];
  if (scope.usedModels.size > 0) imports.push(structures.import({ moduleSpecifier: '../models.js', isTypeOnly: true, namedImports: [...scope.usedModels].sort() }));
  return [...imports, ...validatorImports(top, validators)];
}

/** What `operationCode` needs to name and wire one operation. */
export function operationNaming(
  className: string,
  operation: OperationIR,
  methodName: string,
  takenTypes: Set<string>,
  ctx: Pick<EmitContext, 'config'>,
  validators: OperationValidators | undefined,
): OperationNaming {
  return { methodName, typePrefix: typePrefix(className, operation, ctx.config.namingHooks), takenTypes, ...(validators ? { validators } : {}) };
}

/** The import of the checks the operations of one resource subtree pass to the runtime, if any. */
function validatorImports(top: ResourceNames, validators: Map<string, OperationValidators>): Statement[] {
  const names: string[] = [];
  const visit = (node: ResourceNames) => {
    for (const pointer of node.node.operations) names.push(...Object.values(validators.get(pointer) ?? {}));
    node.children.forEach(visit);
  };
  visit(top);
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
