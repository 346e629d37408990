import { byKey } from '../order/code-unit-order.js';
import { emitClient } from './client/emit-client.js';
import type { Emitter } from './emitter.js';
import { emitErrors } from './errors/emit-errors.js';
import { emitFunctions } from './functions/emit-functions.js';
import { emitMocks } from './mocks/emit-mocks.js';
import { emitTypes } from './types/emit-types.js';
import { emitZod } from './zod/emit-zod.js';

/** An emitter under the name flavors use, with the packages its output needs at run time. */
export interface RegisteredEmitter {
  emit: Emitter;
  /** Added to the generated package.json's `dependencies`. */
  dependencies?: Record<string, string>;
}

/** Every emitter a flavor can name. A new artifact is one entry here, then a name in a flavor. */
export const EMITTERS: Record<string, RegisteredEmitter> = {
  types: { emit: emitTypes },
  client: { emit: emitClient },
  errors: { emit: emitErrors },
  mocks: { emit: emitMocks },
  functions: { emit: emitFunctions },
  zod: { emit: emitZod, dependencies: { zod: '^4.1.0' } },
};

/** A flavor's emitter names → the registered emitters, or the names nobody registered. */
export function selectEmitters(names: string[]): { emitters: RegisteredEmitter[]; unknown: string[] } {
  const emitters: RegisteredEmitter[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const entry = Object.hasOwn(EMITTERS, name) ? EMITTERS[name] : undefined;
    if (entry) emitters.push(entry);
    else unknown.push(name);
  }
  return { emitters, unknown };
}

/** The runtime dependencies of the selected emitters, sorted by name. */
export function emitterDependencies(emitters: RegisteredEmitter[]): Record<string, string> {
  const entries = emitters.flatMap((emitter) => Object.entries(emitter.dependencies ?? {}));
  return Object.fromEntries(entries.sort(byKey));
}
