import type { Diagnostic } from '../../diagnostics/types.js';
import type { LoadedSpec } from '../../load/load-spec.js';
import type { ApiIR, NamedSchemaIR, OperationIR, ServerIR } from '../types.js';
import { child, describe, isObject, report, stringOrUndefined, type BuildContext } from './context.js';
import { buildOperation, HTTP_METHODS } from './operation.js';
import { buildSchema } from './schema.js';
import { breakSchemaCycles } from './schema-cycles.js';
import { buildSecuritySchemes, rootSecurity } from './security.js';

/**
 * The only code that reads raw OpenAPI: a bundled document → the IR, with
 * structural facts only. Naming, resources, pagination, the error model and
 * reasons are filled in by the passes.
 */
export function buildIR(spec: Pick<LoadedSpec, 'document' | 'openapi' | 'hash'>): { ir: ApiIR; diagnostics: Diagnostic[] } {
  const ctx: BuildContext = { document: spec.document, openapi: spec.openapi, diagnostics: [], resolved: new Map() };
  const info = isObject(spec.document.info) ? spec.document.info : {};
  const description = stringOrUndefined(info.description);
  const ir: ApiIR = {
    meta: {
      title: stringOrUndefined(info.title) ?? 'API',
      version: stringOrUndefined(info.version) ?? '0.0.0',
      openapi: spec.openapi,
      specHash: spec.hash,
      ...(description ? { description } : {}),
    },
    servers: buildServers(ctx),
    auth: buildSecuritySchemes(ctx),
    schemas: breakSchemaCycles(ctx, buildNamedSchemas(ctx)),
    operations: buildOperations(ctx),
    resources: [],
    errors: { statuses: [], reasons: [] },
  };
  return { ir, diagnostics: ctx.diagnostics };
}

function buildServers(ctx: BuildContext): ServerIR[] {
  const raw = ctx.document.servers;
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    report(ctx, 'warning', 'servers-invalid', '#/servers', `"servers" must be a list of server objects, found ${describe(raw)}; ignored, so the SDK's base URL is the default one.`);
    return [];
  }
  return raw.filter(isObject).flatMap((server) => {
    const url = stringOrUndefined(server.url);
    if (!url) return [];
    const variables = isObject(server.variables)
      ? Object.entries(server.variables)
          .filter((entry): entry is [string, Record<string, unknown>] => isObject(entry[1]))
          .map(([name, variable]) => {
            const values = Array.isArray(variable.enum) ? variable.enum.filter((value): value is string => typeof value === 'string') : undefined;
            const docs = stringOrUndefined(variable.description);
            return { name, default: String(variable.default ?? ''), ...(values ? { enum: values } : {}), ...(docs ? { description: docs } : {}) };
          })
      : [];
    const description = stringOrUndefined(server.description);
    return [{ url, variables, ...(description ? { description } : {}) }];
  });
}

function buildNamedSchemas(ctx: BuildContext): NamedSchemaIR[] {
  const components = ctx.document.components;
  const schemas = isObject(components) ? components.schemas : undefined;
  if (schemas === undefined) return [];
  if (!isObject(schemas)) {
    report(ctx, 'error', 'expected-object', '#/components/schemas', `components.schemas must be a map of schemas, found ${describe(schemas)}.`);
    return [];
  }
  return Object.keys(schemas)
    .sort()
    .map((name) => {
      const pointer = child('#/components/schemas', name);
      return { name, pointer, origin: 'component' as const, schema: buildSchema(ctx, schemas[name], pointer) };
    });
}

function buildOperations(ctx: BuildContext): OperationIR[] {
  const paths = ctx.document.paths as Record<string, unknown>;
  const defaultSecurity = rootSecurity(ctx);
  const operations: OperationIR[] = [];
  for (const path of Object.keys(paths).sort()) {
    if (path.startsWith('x-')) continue;
    const pointer = child('#/paths', path);
    const item = paths[path];
    if (!path.startsWith('/')) {
      report(ctx, 'error', 'path-invalid', pointer, `Path "${path}" must start with "/".`);
      continue;
    }
    if (!isObject(item)) {
      report(ctx, 'error', 'expected-object', pointer, `Path item "${path}" must be an object, found ${describe(item)}.`);
      continue;
    }
    for (const method of HTTP_METHODS) {
      if (item[method] === undefined) continue;
      if (!isObject(item[method])) {
        report(ctx, 'error', 'expected-object', child(pointer, method), `Operation ${method.toUpperCase()} ${path} must be an object, found ${describe(item[method])}.`);
        continue;
      }
      operations.push(buildOperation(ctx, path, method, item, pointer, defaultSecurity));
    }
  }
  reportDuplicateOperationIds(ctx, operations);
  return operations;
}

/** operationIds must be unique (OpenAPI says so, and clients key on them); the later duplicates are errors. */
function reportDuplicateOperationIds(ctx: BuildContext, operations: OperationIR[]): void {
  const first = new Map<string, OperationIR>();
  for (const operation of operations) {
    if (operation.operationId === undefined) continue;
    const earlier = first.get(operation.operationId);
    if (!earlier) {
      first.set(operation.operationId, operation);
      continue;
    }
    report(
      ctx,
      'error',
      'operation-id-duplicate',
      child(operation.pointer, 'operationId'),
      `operationId "${operation.operationId}" of ${operation.method.toUpperCase()} ${operation.path} is already used by ${earlier.method.toUpperCase()} ${earlier.path}; operationIds must be unique. Rename one.`,
    );
  }
}
