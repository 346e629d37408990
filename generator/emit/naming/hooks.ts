import type { NamingHooks } from '../../config/hooks.js';
import { isIdentifier, safeIdentifier } from './identifiers.js';

/** A naming hook gave back something that cannot be the name. */
export class NamingHookError extends Error {
  constructor(
    readonly hook: keyof NamingHooks,
    message: string,
  ) {
    super(message);
    this.name = 'NamingHookError';
  }
}

type Named = { name: string };

/**
 * The user's name for one thing, or the default. `kind: 'type'` names
 * (models, classes) must also not be reserved words; members may be
 * (`calls.delete`).
 */
export function hookedName<I extends Named>(hooks: NamingHooks | undefined, hook: 'operation' | 'model' | 'property', input: I, kind: 'type' | 'member'): string {
  const fn = hooks?.[hook] as ((input: I) => unknown) | undefined;
  if (!fn) return input.name;
  return checked(hook, fn({ ...input }), input.name, kind);
}

/** The resource hook names two things at once: the property and the class. */
export function hookedResourceNames(hooks: NamingHooks | undefined, input: { property: string; className: string; path: string[] }): { property: string; className: string } {
  const answer = hooks?.resource?.({ ...input, path: [...input.path] });
  if (answer === undefined) return { property: input.property, className: input.className };
  if (typeof answer !== 'object' || answer === null) throw new NamingHookError('resource', `naming.resource returned ${JSON.stringify(answer)} for /${input.path.join('/')}; return { property?, className? } or undefined.`);
  return {
    property: checked('resource', answer.property, input.property, 'member'),
    className: checked('resource', answer.className, input.className, 'type'),
  };
}

function checked(hook: keyof NamingHooks, value: unknown, fallback: string, kind: 'type' | 'member'): string {
  if (value === undefined) return fallback;
  const valid = typeof value === 'string' && isIdentifier(value) && value !== '__proto__' && (kind === 'member' || safeIdentifier(value) === value);
  if (!valid) {
    throw new NamingHookError(hook, `naming.${hook} returned ${JSON.stringify(value)} instead of "${fallback}": not a valid ${kind === 'type' ? 'type name' : 'identifier'}. Return an identifier, or undefined to keep the default.`);
  }
  return value;
}
