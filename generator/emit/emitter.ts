import type { ResolvedConfig } from '../config/config.js';
import type { ApiIR } from '../ir/types.js';
import type { EmitRecorder } from './emit-memo.js';
import type { TemplateSet } from './templates.js';
import type { SourcePrinter } from './ts/index.js';
import type { TypeContext } from './types/type-expression.js';

/** One file of the generated SDK; `path` is relative to the output folder, with forward slashes. */
export interface GeneratedFile {
  path: string;
  contents: string;
  /** Copied from templates/ as it is: formatted in this repository already, so the format stage leaves it alone. */
  verbatim?: boolean;
  /** Printed by the SourcePrinter (not a template): the format stage may lay it out without prettier. */
  printed?: boolean;
  /** Formatted already (a piece the emit memo recalled): the format stage's key of the text it was formatted from. */
  formatKey?: string;
}

/** What every emitter receives: the IR and the names settled for it, never raw OpenAPI. */
export interface EmitContext {
  ir: ApiIR;
  config: ResolvedConfig;
  /** Type name per schema pointer. */
  schemaNames: Map<string, string>;
  printer: SourcePrinter;
  typeContext(direction: TypeContext['direction']): TypeContext;
  /** The built-in templates with the flavor's and the user's overrides. */
  templates: TemplateSet;
  /** Packages the generated code imports (from the flavor's emitters), for package.json. */
  dependencies: Record<string, string>;
  /** Names of the emitters that run, so one can refer to another's output (the client to the zod schemas). */
  emitters: string[];
  /** Pieces a previous run emitted from the same inputs, and this run's for the next; undefined when naming hooks run. */
  memo?: EmitRecorder | undefined;
}

export type Emitter = (ctx: EmitContext) => GeneratedFile[];
