import { createHash } from 'node:crypto';
import type { ResolvedConfig } from '../config/config.js';
import type { ApiIR } from '../ir/types.js';
import type { GeneratedFile } from './emitter.js';

/** What one memoised piece of emission produced: its files, and what it added to the names the SDK shares. */
export interface EmitRecord {
  files: GeneratedFile[];
  /** Type names it took (added to `takenTypes`), in the order taken. */
  taken: string[];
  /** The reason type it settled per operation pointer. */
  reasonTypes: [string, string][];
}

/** Emitted pieces by a hash of everything their emission read. */
export type EmitMemo = ReadonlyMap<string, EmitRecord>;

/**
 * Remembers emitted pieces (one resource file, `models.ts`) by a key over all they read: what every piece reads
 * (`base`: the schemas, error model, config and settled model names) and what the piece names as its own inputs.
 * A later run with the same key takes the record instead of emitting again: a spec edit inside one path file
 * re-emits that resource's file only. Undefined (no memo) when naming hooks run: they are code, not data, so
 * nothing could tell an edited hook from the one that made the record.
 */
export class EmitRecorder {
  private readonly remembered = new Map<string, EmitRecord>();
  private readonly base: string;

  private constructor(
    private readonly previous: EmitMemo,
    ir: ApiIR,
    config: ResolvedConfig,
    schemaNames: ReadonlyMap<string, string>,
  ) {
    // specHash is left out: it changes with every edit and no memoised piece prints it.
    const { specHash: _specHash, ...meta } = ir.meta;
    const shared = { meta, servers: ir.servers, auth: ir.auth, schemas: ir.schemas, errors: ir.errors, config: emittingConfig(config), schemaNames: [...schemaNames] };
    this.base = hashOf(JSON.stringify(shared));
  }

  static for(previous: EmitMemo | undefined, ir: ApiIR, config: ResolvedConfig, schemaNames: ReadonlyMap<string, string>): EmitRecorder | undefined {
    if (Object.keys(config.namingHooks).length > 0) return undefined;
    return new EmitRecorder(previous ?? new Map(), ir, config, schemaNames);
  }

  /** This run's records, for the next run. */
  get memo(): EmitMemo {
    return this.remembered;
  }

  /** The record of the piece `inputs` (plain data: no Map or Set) describes: the previous run's, or `emit()`'s. Either way kept for the next run. */
  recall(inputs: unknown, emit: () => EmitRecord): EmitRecord {
    const key = hashOf(`${this.base}\n${JSON.stringify(inputs)}`);
    const record = this.previous.get(key) ?? emit();
    this.remembered.set(key, record);
    return record;
  }
}

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The config without what acts only before emitting (where the spec is, how it is loaded and filtered into the IR,
 * which the IR shows) or after it (formatting, hooks): the same SDK from another folder or spec path reuses the memo.
 */
function emittingConfig(config: ResolvedConfig): Partial<ResolvedConfig> {
  const { spec: _spec, cwd: _cwd, reasons: _reasons, usesEmbeddedSpec: _embedded, filters: _filters, hooks: _hooks, format: _format, ...emitting } = config;
  return emitting;
}
