import { format, type Options } from 'prettier';
import type { GeneratedFile } from '../emit/emitter.js';
import type { FormatJob, FormatPool } from './format-pool.js';

const OPTIONS: Options = { singleQuote: true, printWidth: 110, trailingComma: 'all' };
// babel-ts formats the same TypeScript as the typescript parser, about twice as fast on large generated files.
const PARSERS: Record<string, string> = { ts: 'babel-ts', json: 'json', md: 'markdown' };

/** Runs prettier in memory over every file it has a parser for; with a pool, the worker threads share the work. */
export async function formatFiles(files: GeneratedFile[], pool?: FormatPool): Promise<GeneratedFile[]> {
  const jobs: { index: number; job: FormatJob }[] = [];
  files.forEach((file, index) => {
    const parser = PARSERS[file.path.split('.').pop() ?? ''];
    // The runtime is copied verbatim: it is formatted in this repository already.
    if (parser && !file.path.startsWith('src/core/')) jobs.push({ index, job: { contents: file.contents, options: { ...OPTIONS, parser } } });
  });
  const batches = splitBySize(jobs, 1 + (pool?.size ?? 0));
  const results = await Promise.all(
    batches.map((batch, thread) => {
      const batchJobs = batch.map((entry) => entry.job);
      return thread === 0 ? Promise.all(batchJobs.map((job) => format(job.contents, job.options))) : (pool as FormatPool).formatBatch(thread - 1, batchJobs);
    }),
  );
  const formatted = [...files];
  batches.forEach((batch, thread) => batch.forEach((entry, position) => (formatted[entry.index] = { ...files[entry.index]!, contents: results[thread]![position]! })));
  return formatted;
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
