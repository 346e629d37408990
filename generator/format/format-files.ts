import { createHash } from 'node:crypto';
import { format, type Options } from 'prettier';
import type { GeneratedFile } from '../emit/emitter.js';
import type { FormatJob, FormatPool } from './format-pool.js';

/** prettier's output by a hash of its input (parser and text), handed from one run to the next in the same process. */
export type FormatMemo = ReadonlyMap<string, string>;

const OPTIONS: Options = { singleQuote: true, printWidth: 110, trailingComma: 'all' };
// babel-ts formats the same TypeScript as the typescript parser, about twice as fast on large generated files.
const PARSERS: Record<string, string> = { ts: 'babel-ts', json: 'json', md: 'markdown' };

/**
 * Runs prettier in memory over every file it has a parser for; with a pool, the worker threads share the work.
 * Text found in `previous` is not formatted again. The memo returned holds this run's files only.
 */
export async function formatFiles(files: GeneratedFile[], pool?: FormatPool, previous?: FormatMemo): Promise<{ files: GeneratedFile[]; memo: FormatMemo }> {
  const jobs: { index: number; key: string; job: FormatJob }[] = [];
  const formatted = [...files];
  const memo = new Map<string, string>();
  files.forEach((file, index) => {
    const parser = PARSERS[file.path.split('.').pop() ?? ''];
    // The runtime is copied verbatim: it is formatted in this repository already.
    if (!parser || file.path.startsWith('src/core/')) return;
    const key = createHash('sha256').update(parser).update('\0').update(file.contents).digest('hex');
    const known = previous?.get(key);
    if (known === undefined) {
      jobs.push({ index, key, job: { contents: file.contents, options: { ...OPTIONS, parser } } });
    } else {
      memo.set(key, known);
      formatted[index] = { ...file, contents: known };
    }
  });
  const batches = splitBySize(jobs, 1 + (pool?.size ?? 0));
  const results = await Promise.all(
    batches.map((batch, thread) => {
      const batchJobs = batch.map((entry) => entry.job);
      return thread === 0 ? Promise.all(batchJobs.map((job) => format(job.contents, job.options))) : (pool as FormatPool).formatBatch(thread - 1, batchJobs);
    }),
  );
  batches.forEach((batch, thread) =>
    batch.forEach((entry, position) => {
      const contents = results[thread]![position]!;
      memo.set(entry.key, contents);
      formatted[entry.index] = { ...files[entry.index]!, contents };
    }),
  );
  return { files: formatted, memo };
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
