import type { GeneratedFile } from '../emit/emitter.js';
import type { ApiIR, HttpMethod, ParameterLocation } from '../ir/types.js';

/**
 * Naming hooks: each gets plain data (the default name and what it names)
 * and returns the name to use, or `undefined` to keep the default. Names
 * must be valid identifiers; clashes are still settled by the usual numeric
 * suffix. Hooks run in a stable order and must be pure (a hook may be asked twice about one name).
 */
export interface NamingHooks {
  /** A method of a resource (`calls.list`), or the stem of a standalone function in the `lite` flavor. */
  operation?(input: OperationNameInput): string | undefined;
  /** A resource: its property on the parent (`serviceAgents`) and its class (`ServiceAgentsCalls`). */
  resource?(input: ResourceNameInput): { property?: string; className?: string } | undefined;
  /** A model type (`CallManagerCall`). */
  model?(input: ModelNameInput): string | undefined;
  /**
   * A method argument: a path parameter or a key of the params object
   * (query and header parameters). Model properties are the wire names
   * and are never renamed.
   */
  property?(input: PropertyNameInput): string | undefined;
}

export interface OperationNameInput {
  /** The default identifier: `list`, `recordingStart`. */
  name: string;
  /** The raw name from the IR: `list`, `recording_start`, or the operationId with `naming: 'operationId'`. */
  rawName: string;
  method: HttpMethod;
  path: string;
  operationId?: string;
  tags: string[];
  /** Raw resource path: `['service_agents', 'calls']`. */
  resource: string[];
}

export interface ResourceNameInput {
  /** Default property name: `calls`. */
  property: string;
  /** Default class name: `ServiceAgentsCalls`. */
  className: string;
  /** Raw resource path: `['service_agents', 'calls']`. */
  path: string[];
}

export interface ModelNameInput {
  /** Default type name: `CallManagerCall`. */
  name: string;
  /** The schema's raw name (component key or hoisted name). */
  rawName: string;
  pointer: string;
  origin: 'component' | 'hoisted';
}

export interface PropertyNameInput {
  /** Default identifier: `pageSize`. */
  name: string;
  /** The parameter's name on the wire: `page_size`. */
  wireName: string;
  in: ParameterLocation;
  operation: { method: HttpMethod; path: string };
}

/** What the post-generate hook sees about the run. */
export interface GeneratedInfo {
  /** The flavor's name. */
  flavor: string;
  packageName: string;
  specHash: string;
  operations: number;
  schemas: number;
}

/** Hooks of one SDK target. All receive plain data; none may keep state between runs. */
export interface Hooks {
  /** Rewrites the IR after the built-in passes and filters; gets a copy, returns the IR to emit (or nothing to keep its own edits). */
  transformIR?(ir: ApiIR): ApiIR | void | Promise<ApiIR | void>;
  /** Sees the final files (formatted and stamped, before the manifest); returns the files to write (or nothing to keep them). */
  afterGenerate?(files: GeneratedFile[], info: GeneratedInfo): GeneratedFile[] | void | Promise<GeneratedFile[] | void>;
}
