import type { Diagnostic } from '../../diagnostics/types.js';
import { derefSchema, flattenProperties, schemaIndex } from '../schema-lookup.js';
import type { ApiIR, OperationIR, PaginationIR } from '../types.js';

export interface PaginationConvention {
  tokenParam: string;
  sizeParam: string;
  itemsField: string;
  nextField: string;
}

export const VOIPBIN_PAGINATION: PaginationConvention = {
  tokenParam: 'page_token',
  sizeParam: 'page_size',
  itemsField: 'result',
  nextField: 'next_page_token',
};

/**
 * Marks cursor-paginated list operations: a GET that returns an object (refs
 * and allOf flattened, as VoIPBIN's `allOf: [CommonPagination, {result: [...]}]`)
 * with an array items field and a next-token field. The page shape decides:
 * an operation that returns a page without declaring the token parameter is
 * still paginated (the convention says every list takes it), with a note.
 */
export function detectPagination(ir: ApiIR, convention: PaginationConvention = VOIPBIN_PAGINATION): { ir: ApiIR; diagnostics: Diagnostic[] } {
  const index = schemaIndex(ir);
  const diagnostics: Diagnostic[] = [];
  const operations = ir.operations.map((operation): OperationIR => {
    const pagination = paginationOf(operation, index, convention);
    if (!pagination) return operation;
    if (!operation.params.query.some((parameter) => parameter.name === convention.tokenParam)) {
      diagnostics.push({
        code: 'pagination-token-undeclared',
        severity: 'info',
        pointer: operation.pointer,
        message: `${operation.method.toUpperCase()} ${operation.path} returns a page (${convention.itemsField} + ${convention.nextField}) but does not declare the "${convention.tokenParam}" query parameter; the SDK sends it anyway.`,
      });
    }
    return { ...operation, pagination };
  });
  return { ir: { ...ir, operations }, diagnostics };
}

function paginationOf(operation: OperationIR, index: ReturnType<typeof schemaIndex>, convention: PaginationConvention): PaginationIR | undefined {
  if (operation.method !== 'get') return undefined;
  const schema = operation.success?.kind === 'json' ? operation.success.schema : undefined;
  if (!schema) return undefined;
  const properties = flattenProperties(index, schema);
  const items = properties.find((property) => property.name === convention.itemsField);
  const next = properties.find((property) => property.name === convention.nextField);
  if (!items || !next) return undefined;
  const itemsSchema = derefSchema(index, items.schema);
  if (itemsSchema.kind !== 'array') return undefined;
  const hasSize = operation.params.query.some((parameter) => parameter.name === convention.sizeParam);
  return {
    tokenParam: convention.tokenParam,
    ...(hasSize ? { sizeParam: convention.sizeParam } : {}),
    itemsField: convention.itemsField,
    nextField: convention.nextField,
    item: itemsSchema.items,
  };
}
