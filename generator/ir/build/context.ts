import type { Diagnostic, Severity } from '../../diagnostics/types.js';
import { escapePointerToken, pointerTokens } from '../../load/root-relative-refs.js';
import type { Pointer } from '../types.js';

/** What every builder needs: the bundled document and one run's diagnostics. */
export interface BuildContext {
  document: Record<string, unknown>;
  openapi: '3.0' | '3.1';
  diagnostics: Diagnostic[];
  /** valueAt's answers: specs point at the same parameters, responses and schemas many times over. */
  resolved: Map<Pointer, unknown>;
}

export type RawObject = Record<string, unknown>;

export function report(ctx: BuildContext, severity: Severity, code: string, pointer: Pointer, message: string): void {
  ctx.diagnostics.push({ code, severity, message, pointer });
}

export function isObject(value: unknown): value is RawObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function child(pointer: Pointer, ...tokens: (string | number)[]): Pointer {
  let result = pointer;
  for (const token of tokens) result += '/' + (typeof token === 'number' ? String(token) : escapePointerToken(token));
  return result;
}

/** The value at a local pointer in the bundled document, or undefined. */
export function valueAt(ctx: BuildContext, pointer: Pointer): unknown {
  if (ctx.resolved.has(pointer)) return ctx.resolved.get(pointer);
  let node: unknown = ctx.document;
  for (const token of pointerTokens(pointer)) {
    if (!isObject(node) && !Array.isArray(node)) {
      node = undefined;
      break;
    }
    node = (node as RawObject)[token];
  }
  ctx.resolved.set(pointer, node);
  return node;
}

/**
 * Follows `$ref` chains for non-schema objects (parameters, responses,
 * request bodies, headers) to the object and its pointer. Cycles and
 * dangling refs give undefined with an error diagnostic.
 */
export function followRef(ctx: BuildContext, node: unknown, pointer: Pointer): { value: RawObject; pointer: Pointer } | undefined {
  const seen = new Set<string>();
  let current = node;
  let at = pointer;
  while (isObject(current) && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (!ref.startsWith('#') || seen.has(ref)) {
      report(ctx, 'error', 'ref-cycle', at, `$ref "${ref}" at ${at} cannot be followed (${seen.has(ref) ? 'it loops' : 'external ref left after bundling'}).`);
      return undefined;
    }
    seen.add(ref);
    at = ref;
    current = valueAt(ctx, ref);
  }
  if (!isObject(current)) {
    report(ctx, 'error', 'expected-object', at, `Expected an object at ${at}, found ${describe(current)}. Fix the spec there.`);
    return undefined;
  }
  return { value: current, pointer: at };
}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

export function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
