import type { Diagnostic } from '../../diagnostics/types.js';
import type { ApiIR } from '../types.js';

/** Methods whose requests `fetch` refuses to give a body, in every runtime. */
const BODYLESS = new Set(['get', 'head']);

/**
 * A GET or HEAD with a request body cannot be sent by `fetch` ("Request with
 * GET/HEAD method cannot have body"): the SDK leaves such bodies out, with a
 * warning, rather than emit a method that always throws.
 */
export function dropUnsendableBodies(ir: ApiIR): { ir: ApiIR; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const operations = ir.operations.map((operation) => {
    if (!operation.body || !BODYLESS.has(operation.method)) return operation;
    diagnostics.push({
      code: 'request-body-not-sendable',
      severity: 'warning',
      message: `${operation.method.toUpperCase()} ${operation.path} declares a request body, which fetch cannot send with ${operation.method.toUpperCase()}; the SDK method leaves it out. Move these inputs to query parameters (or use POST) in the spec.`,
      pointer: `${operation.pointer}/requestBody`,
    });
    const { body: _dropped, ...rest } = operation;
    return rest;
  });
  return { ir: { ...ir, operations }, diagnostics };
}
