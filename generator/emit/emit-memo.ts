import type { ResolvedConfig } from '../config/config.js';
import { sha256 } from '../hash/lazy-crypto.js';
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

/**
 * An EmitRecord as the memo keeps it: each file by its path and the format stage's key of its text (`formatKey`),
 * not the text. The text is what the previous run formatted under that key (format-files' memo, or the SDK on
 * disk): keeping the texts themselves cost GitHub's spec 13 MB more peak memory, at the end of the run.
 */
export interface StoredEmitRecord extends Omit<EmitRecord, 'files'> {
  files: { path: string; formatKey: string }[];
}

/** Emitted pieces by a hash of everything their emission read. */
export type EmitMemo = ReadonlyMap<string, StoredEmitRecord>;

/** A previous run's formatted text by format key (format-files' FormatMemo). */
export type FormattedText = (formatKey: string) => string | undefined;

/**
 * Remembers emitted pieces (a resource file, `models.ts`, `reasons.ts`, a generated mocks file) by a key over all they read: what every piece reads
 * (`base`: the schemas, error model, config and settled model names) and what the piece names as its own inputs.
 * A later run with the same key takes the previous run's formatted files instead of emitting and formatting
 * again: a spec edit inside one path file re-emits that resource's file only. Not made (no memo) when naming
 * hooks run: they are code, not data, so nothing could tell an edited hook from the one that made the record.
 */
export class EmitRecorder {
  /** This run's pieces; a file emitted this run gets its format key once formatted (`memo`). */
  private readonly remembered = new Map<string, { files: { path: string; formatKey?: string }[]; taken: string[]; reasonTypes: [string, string][] }>();
  private readonly base: string;
  /** How many pieces this run took from the previous run's memo. */
  recalled = 0;

  private constructor(
    private readonly previous: EmitMemo,
    private readonly formattedText: FormattedText,
    ir: ApiIR,
    config: ResolvedConfig,
    schemaNames: ReadonlyMap<string, string>,
  ) {
    // specHash is left out: it changes with every edit and no memoised piece prints it.
    const { specHash: _specHash, ...meta } = ir.meta;
    const shared = { meta, servers: ir.servers, auth: ir.auth, schemas: ir.schemas, errors: ir.errors, config: emittingConfig(config), schemaNames: [...schemaNames] };
    this.base = sha256(JSON.stringify(shared));
  }

  static for(
    previous: { emitted?: EmitMemo | undefined; formattedText?: FormattedText | undefined },
    ir: ApiIR,
    config: ResolvedConfig,
    schemaNames: ReadonlyMap<string, string>,
  ): EmitRecorder | undefined {
    if (Object.keys(config.namingHooks).length > 0) return undefined;
    return new EmitRecorder(previous.emitted ?? new Map(), previous.formattedText ?? (() => undefined), ir, config, schemaNames);
  }

  /**
   * The piece `inputs` (plain data: no Map or Set) describes: the previous run's files, formatted already (each
   * with its `formatKey`), when it has them all; else what `emit()` gives. Either way kept for the next run.
   */
  recall(inputs: unknown, emit: () => EmitRecord): EmitRecord {
    const key = sha256(`${this.base}\n${JSON.stringify(inputs)}`);
    const known = this.previous.get(key);
    const files = known?.files.map(({ path, formatKey }) => {
      const contents = this.formattedText(formatKey);
      return contents === undefined ? undefined : { path, contents, formatKey };
    });
    if (known && files?.every((file) => file !== undefined)) {
      this.remembered.set(key, known);
      this.recalled++;
      return { files: files as GeneratedFile[], taken: known.taken, reasonTypes: known.reasonTypes };
    }
    const record = emit();
    this.remembered.set(key, { ...record, files: record.files.map((file) => ({ path: file.path })) });
    return record;
  }

  /**
   * This run's memo, for the next run, once the format stage has keyed the files (`formatKeys`: format key by path).
   * A piece with a file left unformatted (`format: false`, or a file the format stage does not key) is left out.
   */
  memo(formatKeys: ReadonlyMap<string, string>): EmitMemo {
    const memo = new Map<string, StoredEmitRecord>();
    for (const [key, record] of this.remembered) {
      const files = record.files.map((file) => ({ path: file.path, formatKey: file.formatKey ?? formatKeys.get(file.path) }));
      if (files.every((file) => file.formatKey !== undefined)) memo.set(key, { ...record, files: files as StoredEmitRecord['files'] });
    }
    return memo;
  }
}

/** Files that take no names from the SDK-wide sets, through the memo when there is one: `inputs` must hold all they read beyond its shared inputs. */
export function recalledFiles(memo: EmitRecorder | undefined, inputs: unknown, emit: () => GeneratedFile[]): GeneratedFile[] {
  return memo ? memo.recall(inputs, () => ({ files: emit(), taken: [], reasonTypes: [] })).files : emit();
}

/**
 * The config without what acts only before emitting (where the spec is, how it is loaded and filtered into the IR,
 * which the IR shows) or after it (formatting, hooks): the same SDK from another folder or spec path reuses the memo.
 */
function emittingConfig(config: ResolvedConfig): Partial<ResolvedConfig> {
  const { spec: _spec, cwd: _cwd, reasons: _reasons, usesEmbeddedSpec: _embedded, filters: _filters, hooks: _hooks, format: _format, ...emitting } = config;
  return emitting;
}
