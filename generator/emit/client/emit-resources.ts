import type { OperationIR } from '../../ir/types.js';
import { schemaIndex } from '../../ir/schema-lookup.js';
import type { EmitContext, GeneratedFile } from '../emitter.js';
import { memberName, pascalCase, uniqueName } from '../naming/identifiers.js';
import { docText } from '../naming/js-doc.js';
import { jsDoc, structures, type ClassDecl, type Statement } from '../ts/index.js';
import type { TypeContext } from '../types/type-expression.js';
import type { ReasonContext } from '../errors/reason-context.js';
import { operationCode } from './operation-method.js';
import type { ResourceNames } from './resource-names.js';

/** Method names per operation pointer, settled once for the whole SDK. */
export function methodNames(ctx: Pick<EmitContext, 'ir'>): Map<string, string> {
  const names = new Map<string, string>();
  const byResource = new Map<string, Set<string>>();
  for (const operation of ctx.ir.operations) {
    const key = operation.resource.join('/');
    const taken = byResource.get(key) ?? new Set<string>();
    byResource.set(key, taken);
    names.set(operation.pointer, uniqueName(memberName(operation.rawName), taken));
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
}

/** One `src/resources/<name>.ts` per top-level resource, holding the classes of its whole subtree. */
export function emitResourceFile(ctx: EmitContext, top: ResourceNames, naming: ResourceFileNaming): GeneratedFile {
  const { methods, takenTypes } = naming;
  const usedModels = new Set<string>();
  const typeContext = (direction: TypeContext['direction']): TypeContext => ({
    direction,
    nameOf: (pointer) => {
      const name = ctx.schemaNames.get(pointer);
      if (name) usedModels.add(name);
      return name;
    },
  });
  const typeContexts = { request: typeContext('request'), response: typeContext('response'), index: schemaIndex(ctx.ir) };
  const byPointer = new Map(ctx.ir.operations.map((operation) => [operation.pointer, operation]));
  const runtime = new Set<string>(['ClientCore']);
  const classes: ClassDecl[] = [];
  const declarations: Statement[] = [];
  let usesReasons = false;

  const visit = (names: ResourceNames) => {
    const operations = names.node.operations.map((pointer) => byPointer.get(pointer) as OperationIR);
    const codes = operations.map((operation) =>
      operationCode(
        operation,
        {
          methodName: methods.get(operation.pointer) as string,
          typePrefix: `${names.className}${pascalCase(operation.rawName)}`,
          takenTypes,
          key: naming.keys.get(operation.pointer) as string,
          reasons: naming.reasons,
        },
        typeContexts,
      ),
    );
    operations.forEach((operation, i) => {
      const code = codes[i] as (typeof codes)[number];
      declarations.push(...code.declarations);
      for (const name of code.runtime) runtime.add(name);
      if (code.reasonType) {
        naming.reasonTypes.set(operation.pointer, code.reasonType);
        usesReasons = true;
      }
    });
    classes.push(resourceClass(names, codes.map((code) => code.method)));
    names.children.forEach(visit);
  };
  visit(top);

  const imports: Statement[] = [
    structures.import({ moduleSpecifier: '../core/index.js', namedImports: [...runtime].sort().map((name) => ({ name, isTypeOnly: isTypeOnlyRuntime(name) })) }),
  ];
  if (usedModels.size > 0) imports.push(structures.import({ moduleSpecifier: '../models.js', isTypeOnly: true, namedImports: [...usedModels].sort() }));
  if (naming.reasons && usesReasons) {
    imports.push(structures.import({ moduleSpecifier: '../reasons.js', isTypeOnly: true, namedImports: [naming.reasons.names.operations] }));
  }
  return { path: `src/resources/${top.fileName}.ts`, contents: ctx.printer.print([...imports, ...declarations, ...classes]) };
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
