import type { AuthSchemeIR } from '../types.js';
import { child, followRef, isObject, stringOrUndefined, type BuildContext } from './context.js';

/** components.securitySchemes → AuthSchemeIR[], sorted by name. Empty when the spec declares none. */
export function buildSecuritySchemes(ctx: BuildContext): AuthSchemeIR[] {
  const components = ctx.document.components;
  const schemes = isObject(components) && isObject(components.securitySchemes) ? components.securitySchemes : {};
  const result: AuthSchemeIR[] = [];
  for (const name of Object.keys(schemes).sort()) {
    const found = followRef(ctx, schemes[name], child('#/components/securitySchemes', name));
    if (!found) continue;
    const { value, pointer } = found;
    const description = stringOrUndefined(value.description);
    const docs = { name, pointer, ...(description ? { description } : {}) };
    const type = stringOrUndefined(value.type);
    if (type === 'http' && stringOrUndefined(value.scheme)?.toLowerCase() === 'bearer') {
      const format = stringOrUndefined(value.bearerFormat);
      result.push({ ...docs, kind: 'bearer', ...(format ? { format } : {}) });
    } else if (type === 'http' && stringOrUndefined(value.scheme)?.toLowerCase() === 'basic') {
      result.push({ ...docs, kind: 'basic' });
    } else if (type === 'apiKey') {
      const where = stringOrUndefined(value.in);
      const paramName = stringOrUndefined(value.name) ?? name;
      result.push({ ...docs, kind: 'apiKey', in: where === 'header' || where === 'cookie' ? where : 'query', paramName });
    } else if (type === 'oauth2' || type === 'openIdConnect') {
      result.push({ ...docs, kind: type });
    }
  }
  return result;
}

/** Names of the root-level security requirement (the default for every operation). */
export function rootSecurity(ctx: BuildContext): string[] {
  const raw = ctx.document.security;
  if (!Array.isArray(raw)) return [];
  const names = new Set<string>();
  for (const requirement of raw) if (isObject(requirement)) for (const name of Object.keys(requirement)) names.add(name);
  return [...names].sort();
}
