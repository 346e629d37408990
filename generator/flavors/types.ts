import type { OperationFilters } from '../config/filters.js';

/** Options of the emitters that take any, by emitter name. Every default is in `DEFAULT_EMITTER_OPTIONS`. */
export interface EmitterOptions {
  zod: {
    /** Validate every decoded JSON response body before it is returned. */
    responses: boolean;
    /** Validate JSON request bodies before they are sent. */
    requests: boolean;
  };
}

export type EmitterOptionsInput = { [Name in keyof EmitterOptions]?: Partial<EmitterOptions[Name]> };

export const DEFAULT_EMITTER_OPTIONS: EmitterOptions = {
  zod: { responses: true, requests: false },
};

/**
 * A flavor is data: which emitters run (by registered name, in order), their
 * options, the operations kept and the template overrides. It never holds
 * code; a new kind of output is a new emitter in the registry.
 */
export interface Flavor {
  name: string;
  /** One line for `init` and the docs. */
  description: string;
  /** Emitter names, in the order they run (see generator/emit/registry.ts). */
  emitters: string[];
  options?: EmitterOptionsInput;
  filters?: OperationFilters;
  /** Template overrides shipped with the flavor, relative to voipbin-sdkgen's package root. */
  templates?: string;
}

/** A user's own flavor: a built-in one to start from, with fields replaced. */
export interface CustomFlavor extends Partial<Omit<Flavor, 'name' | 'templates'>> {
  name?: string;
  /** The built-in flavor it starts from. Default `full`. */
  extends?: BuiltinFlavorName;
}

export type BuiltinFlavorName = 'full' | 'lite' | 'zod' | 'service-agent';

/** A flavor after merging: every field present, template folders absolute. */
export interface ResolvedFlavor {
  name: string;
  emitters: string[];
  options: EmitterOptions;
  filters: OperationFilters;
  /** Absolute template-override folders, lowest priority first (the flavor's, then the user's). */
  templateFolders: string[];
}
