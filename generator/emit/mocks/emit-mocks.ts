import { SampleEngine } from '../../mocks/sample.js';
import { recalledFiles } from '../emit-memo.js';
import { operationKeysOf } from '../client/operation-keys.js';
import type { EmitContext, Emitter, GeneratedFile } from '../emitter.js';
import { stringLiteral } from '../naming/literals.js';
import { baseURL } from '../package/package-files.js';
import { templateFiles } from '../template-files.js';
import { structures, type Statement } from '../ts/index.js';
import { fixtureNames, fixtureStatements, type RuntimeNames } from './fixtures.js';
import { operationTable, tableOperations, type TableOperation } from './operation-table.js';
import { mockOperationReasons, reasonStatements } from './reason-catalog.js';

/** What `src/mocks/index.ts` exports besides the fixtures; a factory must not take these names. */
const INDEX_EXPORTS = [
  'MOCK_BASE_URL', 'MOCK_OPERATIONS', 'MOCK_REASONS', 'MOCK_STATUSES', 'MockOperationKey', 'CommonReason', 'OperationReasons',
  'createMockHandlers', 'mockError', 'mockRateLimit', 'mockApi', 'MockApi', 'errorEnvelope', 'indexedId', 'ErrorScenarioOptions', 'MockHandlerOptions', 'RateLimitOptions',
];

/**
 * `src/mocks/`: fixture factories, the operation table, the error catalog and
 * the MSW entry point (`<package>/mocks`), plus the copied mocks runtime. The
 * main entry never imports any of it.
 */
export const emitMocks: Emitter = (ctx) => {
  // The engine samples each named schema once, the same whichever file asks first: fixtures.ts may be recalled.
  const engine = new SampleEngine(ctx.ir.schemas, ctx.config.seed);
  const factories = fixtureFactoryNames(ctx);
  const keys = operationKeysOf(ctx);
  const operations = mockOperationReasons(ctx.ir, keys);
  const table = tableOperations(ctx.ir, keys);
  const files: GeneratedFile[] = [
    // It reads the schemas, their names and the seed: all in the memo's shared inputs.
    ...recalledFiles(ctx.memo, { emitter: 'mocks/fixtures' }, () => [fixturesFile(ctx, engine, factories)]),
    // It reads `table` (the operations as the table reads them), the schemas, their names and the seed.
    ...recalledFiles(ctx.memo, { emitter: 'mocks/operations', table }, () => [operationsFile(ctx, table, engine, factories)]),
    ...recalledFiles(ctx.memo, { emitter: 'mocks/reasons', operations }, () => [
      {
        path: 'src/mocks/reasons.ts',
        contents: ctx.printer.print([
          structures.import({ moduleSpecifier: './runtime/index.js', isTypeOnly: true, namedImports: ['MockReason'] }),
          ...reasonStatements(ctx.ir.errors, operations),
        ]),
      },
    ]),
    { path: 'src/mocks/index.ts', contents: ctx.printer.print(indexStatements(baseURL(ctx))) },
    ...templateFiles('mocks-runtime', 'src/mocks/runtime'),
  ];
  return files;
};

/** `src/mocks/operations.ts`: every operation's route and sample success response. */
function operationsFile(ctx: EmitContext, table: TableOperation[], engine: SampleEngine, factories: Map<string, string>): GeneratedFile {
  const used = new Set<string>();
  const tableRuntime = runtimeNames();
  const statements = operationTable(table, engine, factories, used, tableRuntime);
  return {
    path: 'src/mocks/operations.ts',
    contents: ctx.printer.print([
      ...runtimeImport(tableRuntime),
      ...(used.size > 0 ? [structures.import({ moduleSpecifier: './fixtures.js', namedImports: [...used].sort() })] : []),
      ...statements,
    ]),
  };
}

/** `src/mocks/fixtures.ts`: a factory per named schema. */
function fixturesFile(ctx: EmitContext, engine: SampleEngine, factories: Map<string, string>): GeneratedFile {
  const fixtureRuntime = runtimeNames();
  const fixtures = fixtureStatements(ctx.ir.schemas, engine, ctx.schemaNames, factories, fixtureRuntime);
  const typeNames = ctx.ir.schemas.map((named) => ctx.schemaNames.get(named.pointer) as string).sort();
  return {
    path: 'src/mocks/fixtures.ts',
    contents: ctx.printer.print([
      ...(typeNames.length > 0 ? [structures.import({ moduleSpecifier: '../models.js', isTypeOnly: true, namedImports: typeNames })] : []),
      ...runtimeImport(fixtureRuntime),
      ...fixtures,
    ]),
  };
}

function runtimeNames(): RuntimeNames {
  return { values: new Set(), types: new Set() };
}

/** The import of the runtime names a generated mocks file uses, if any; type-only when it uses only types. */
function runtimeImport({ values, types }: RuntimeNames): Statement[] {
  if (values.size === 0 && types.size === 0) return [];
  const moduleSpecifier = './runtime/index.js';
  if (values.size === 0) return [structures.import({ moduleSpecifier, isTypeOnly: true, namedImports: [...types].sort() })];
  const names = [...[...values].map((name) => ({ name })), ...[...types].map((name) => ({ name, isTypeOnly: true }))];
  return [structures.import({ moduleSpecifier, namedImports: names.sort((a, b) => (a.name < b.name ? -1 : 1)) })];
}

/** The fixture factory of each schema pointer: `mockCallManagerCall`. */
export function fixtureFactoryNames(ctx: Pick<EmitContext, 'ir' | 'schemaNames'>): Map<string, string> {
  return fixtureNames(ctx.ir.schemas, ctx.schemaNames, new Set(INDEX_EXPORTS));
}

/** The mocks API's functions, exported on their own for `import { mockError } from '<package>/mocks'`. */
const SHORTCUTS: [string, string][] = [
  ['createMockHandlers', 'MSW handlers answering every operation with schema-valid sample data; lists page with chained tokens.'],
  ['mockError', "An MSW handler answering one operation with VoIPBIN's error envelope for a reason, e.g. `mockError('calls.hangup', 'CALL_ALREADY_HANGUP')`."],
  ['mockRateLimit', 'An MSW handler answering one operation with 429 RESOURCE_EXHAUSTED and `Retry-After`.'],
];

function indexStatements(apiRoot: string): Statement[] {
  return [
    structures.import({ moduleSpecifier: './runtime/index.js', namedImports: ['defineMocks', { name: 'Mocks', isTypeOnly: true }] }),
    structures.import({ moduleSpecifier: './operations.js', namedImports: ['MOCK_OPERATIONS'] }),
    structures.import({ moduleSpecifier: './reasons.js', namedImports: ['MOCK_REASONS', 'MOCK_STATUSES', { name: 'OperationReasons', isTypeOnly: true }] }),
    structures.export({ moduleSpecifier: './fixtures.js' }),
    structures.export({ moduleSpecifier: './operations.js', namedExports: ['MOCK_OPERATIONS', { name: 'MockOperationKey', isTypeOnly: true }] }),
    structures.export({ moduleSpecifier: './reasons.js', namedExports: ['MOCK_REASONS', 'MOCK_STATUSES', { name: 'CommonReason', isTypeOnly: true }, { name: 'OperationReasons', isTypeOnly: true }] }),
    structures.export({
      moduleSpecifier: './runtime/index.js',
      namedExports: ['errorEnvelope', 'indexedId', ...['ErrorScenarioOptions', 'MockHandlerOptions', 'RateLimitOptions'].map((name) => ({ name, isTypeOnly: true }))],
    }),
    structures.constant('MOCK_BASE_URL', stringLiteral(apiRoot), { docs: 'The API root the handlers answer under unless a `baseURL` option says otherwise.' }),
    structures.typeAlias({ name: 'MockApi', isExported: true, type: 'Mocks<typeof MOCK_OPERATIONS, OperationReasons>', docs: [{ description: 'The mocks API of this SDK.' }] }),
    // Type arguments spelled out: inferring them over every operation key cost tsc more than the rest of this file.
    structures.constant('mockApi', 'defineMocks<typeof MOCK_OPERATIONS, OperationReasons>({ operations: MOCK_OPERATIONS, reasons: MOCK_REASONS, statuses: MOCK_STATUSES, baseURL: MOCK_BASE_URL })', {
      docs: 'The mocks API under `MOCK_BASE_URL`; `mockApi.at(baseURL)` answers under another root.',
      type: 'MockApi',
    }),
    ...SHORTCUTS.map(([name, docs]) => structures.constant(name, `mockApi.${name}`, { docs, type: `MockApi['${name}']` })),
  ];
}
