import type { Options } from 'prettier';
import type { GeneratedFile } from '../emit/emitter.js';
import { sha256 } from '../hash/lazy-crypto.js';
import { relieveHeap } from '../heap/relieve-heap.js';
import { importModule } from '../modules/import-module.js';
import { layOutFileChunks, type Chunk } from './layout/chunks.js';
import { layOutJson } from './layout/json.js';
import { verifyMarkdown } from './layout/markdown.js';
import { PRINT_WIDTH } from './layout/width.js';
import type { FormatJob, FormatPool } from './format-pool.js';

/**
 * Formatted text by a hash of what was formatted: whole files (see fileKey) and prettier's jobs. Handed from one run
 * to the next, in the same process (watch) or rebuilt from the files on disk (incremental/format-memo.ts).
 */
export type FormatMemo = ReadonlyMap<string, string>;

export interface FormattedFiles {
  files: GeneratedFile[];
  /** This run's formatted texts: every formatted file by its key, and prettier's output per job. */
  memo: FormatMemo;
  /** The key of each formatted file, by path. */
  keys: ReadonlyMap<string, string>;
}

const OPTIONS: Options = { singleQuote: true, printWidth: PRINT_WIDTH, trailingComma: 'all' };
// babel-ts formats the same TypeScript as the typescript parser, about twice as fast on large generated files.
const PARSERS: Record<string, string> = { ts: 'babel-ts', json: 'json', md: 'markdown' };

/** A piece of a file's text: laid out already, or left for prettier (a job, maybe wrapped in a declaration body); `before` is its line break. */
type Piece = ({ text: string } | { job: number; wrapped: boolean }) & { before: string };

/** How a file is formatted: its text known already (from a previous run, or laid out whole), by prettier whole, or in pieces. */
type Plan = { text: string } | { whole: number } | { pieces: Piece[] };

function hashOf(...parts: string[]): string {
  return sha256(parts.join('\0'));
}

/** What a whole file's formatted text is remembered by: its parser and unformatted text. */
export function fileKey(parser: string, contents: string): string {
  return hashOf('file', parser, contents);
}

const WRAPPERS = { interface: 'interface _ {', class: 'class _ {' } as const;

/** An inexact chunk as a prettier job: a member goes inside an empty declaration of its kind, indented as in the file. */
function pieceOf(chunk: Chunk, index: number, addJob: (text: string) => number): Piece {
  // A blank line where the source had one, else a line break.
  const before = index === 0 ? '' : chunk.blankBefore ? '\n\n' : '\n';
  if (chunk.exact) return { text: chunk.text, before };
  if (!chunk.wrapper) return { job: addJob(chunk.text), wrapped: false, before };
  return { job: addJob(`${WRAPPERS[chunk.wrapper]}\n${chunk.text}\n}\n`), wrapped: true, before };
}

/** prettier's text for a piece: without the final newline, and for a wrapped member without the wrapper's lines. */
function unwrap(formatted: string, wrapped: boolean): string {
  const text = formatted.replace(/\n$/, '');
  return wrapped ? text.slice(text.indexOf('\n') + 1, text.lastIndexOf('\n')) : text;
}

/**
 * Formats every file prettier has a parser for. TypeScript the emitters printed, and strict JSON, are laid out
 * in-process the way prettier lays them out (layout/), and Markdown proved to be in prettier's form already is
 * kept; only statements the layout cannot vouch for, other JSON and other Markdown go through prettier, in worker
 * threads when there is a pool. A file or job whose text is found in `previous` is not formatted again; the memo
 * returned holds this run's results only.
 */
export async function formatFiles(files: GeneratedFile[], pool?: FormatPool, previous?: FormatMemo): Promise<FormattedFiles> {
  const jobs: { key: string; job: FormatJob }[] = [];
  const jobIndex = new Map<string, number>();
  const addJob = (contents: string, parser: string): number => {
    const key = hashOf(parser, contents);
    const known = jobIndex.get(key);
    if (known !== undefined) return known;
    jobIndex.set(key, jobs.length);
    jobs.push({ key, job: { contents, options: { ...OPTIONS, parser } } });
    return jobs.length - 1;
  };
  const keys = new Map<string, string>();
  const plans = files.map((file): Plan | undefined => {
    relieveHeap();
    const parser = PARSERS[file.path.split('.').pop() ?? ''];
    if (!parser || file.verbatim) return undefined;
    if (file.formatKey !== undefined) {
      keys.set(file.path, file.formatKey);
      return { text: file.contents };
    }
    const key = fileKey(parser, file.contents);
    keys.set(file.path, key);
    const known = previous?.get(key);
    if (known !== undefined) return { text: known };
    const json = parser === 'json' ? layOutJson(file.contents) : undefined;
    if (json !== undefined) return { text: json };
    const verified = parser === 'markdown' ? verifyMarkdown(file.contents) : undefined;
    if (verified !== undefined) return { text: verified };
    const chunks = parser === 'babel-ts' && file.printed ? layOutFileChunks(file.contents) : undefined;
    if (!chunks || chunks.length === 0) return { whole: addJob(file.contents, parser) };
    return { pieces: chunks.map((chunk, index) => pieceOf(chunk, index, (text) => addJob(text, parser))) };
  });

  const results = await runJobs(jobs, pool, previous);
  const memo = new Map(jobs.map((entry, index) => [entry.key, results[index] as string]));
  const formatted = files.map((file, index) => {
    const plan = plans[index];
    if (!plan) return file;
    return { ...file, contents: textOf(plan, results) };
  });
  for (const file of formatted) {
    const key = keys.get(file.path);
    if (key !== undefined) memo.set(key, file.contents);
  }
  return { files: formatted, memo, keys };
}

function textOf(plan: Plan, results: string[]): string {
  if ('text' in plan) return plan.text;
  if ('whole' in plan) return results[plan.whole] as string;
  const texts = plan.pieces.map((piece) => piece.before + ('job' in piece ? unwrap(results[piece.job] as string, piece.wrapped) : piece.text));
  return `${texts.join('')}\n`;
}

/** prettier's output per job, from `previous` where known, else from prettier (split over the pool's threads). */
async function runJobs(jobs: { key: string; job: FormatJob }[], pool: FormatPool | undefined, previous: FormatMemo | undefined): Promise<string[]> {
  const results: string[] = new Array<string>(jobs.length);
  const pending: { index: number; job: FormatJob }[] = [];
  jobs.forEach((entry, index) => {
    const known = previous?.get(entry.key);
    if (known === undefined) pending.push({ index, job: entry.job });
    else results[index] = known;
  });
  if (pending.length === 0) return results;
  // With a pool, its workers (prettier loaded already) take every job; without one, this thread does.
  const batches = splitBySize(pending, pool?.size ?? 1);
  const format = pool ? undefined : (await importModule<typeof import('prettier')>('prettier')).format;
  const outputs = await Promise.all(
    batches.map((batch, thread) => {
      const batchJobs = batch.map((entry) => entry.job);
      return pool ? pool.formatBatch(thread, batchJobs) : Promise.all(batchJobs.map((job) => format!(job.contents, job.options)));
    }),
  );
  batches.forEach((batch, thread) => batch.forEach((entry, position) => (results[entry.index] = outputs[thread]![position]!)));
  return results;
}

/** Largest first, each to the lightest batch: `count` batches of about equal text length. */
function splitBySize<T extends { job: FormatJob }>(jobs: T[], count: number): T[][] {
  const batches: T[][] = Array.from({ length: count }, () => []);
  const loads = new Array<number>(count).fill(0);
  for (const job of [...jobs].sort((a, b) => b.job.contents.length - a.job.contents.length)) {
    const lightest = loads.indexOf(Math.min(...loads));
    batches[lightest]!.push(job);
    loads[lightest]! += job.job.contents.length;
  }
  return batches;
}
