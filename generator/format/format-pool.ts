import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { Options } from 'prettier';

export interface FormatJob {
  contents: string;
  options: Options;
}

/** Worker threads that each load prettier once and format the batches they are sent. */
export interface FormatPool {
  readonly size: number;
  formatBatch(worker: number, jobs: FormatJob[]): Promise<string[]>;
  close(): Promise<void>;
}

// Evaluated source rather than a module file, so the pool works the same from dist/ and from the TypeScript sources under test.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
// A CommonJS entry imports as { default: exports }.
const loaded = import(workerData.prettier).then(async (module) => {
  const prettier = typeof module.format === 'function' ? module : module.default;
  // Warm the parsers the jobs use (each loads its plugin on first use). Not Markdown: format-files keeps a README
  // in prettier's form without it, so the markdown plugin loads only for one that is not.
  await prettier.format('const a = 1;', { parser: 'babel-ts' });
  await prettier.format('{}', { parser: 'json' });
  return prettier;
});
parentPort.on('message', async ({ id, jobs }) => {
  try {
    const { format } = await loaded;
    const results = [];
    for (const job of jobs) results.push(await format(job.contents, job.options));
    parentPort.postMessage({ id, results });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
`;

/** Starts `size` workers now, so loading prettier overlaps whatever the caller does before formatting. */
export function startFormatPool(size: number): FormatPool {
  const load = createRequire(import.meta.url);
  const prettier = pathToFileURL(load.resolve('prettier')).href;
  // Loaded here, not with the module: most runs start no pool, and node:worker_threads costs a few ms to load.
  const { Worker: WorkerThread } = load('node:worker_threads') as typeof import('node:worker_threads');
  const workers: Worker[] = Array.from({ length: size }, () => new WorkerThread(WORKER_SOURCE, { eval: true, workerData: { prettier } }));
  let nextId = 0;
  return {
    size,
    formatBatch(index, jobs) {
      const worker = workers[index] as Worker;
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const onMessage = (message: { id: number; results?: string[]; error?: string }) => {
          if (message.id !== id) return;
          worker.off('message', onMessage);
          worker.off('error', reject);
          if (message.error !== undefined) reject(new Error(message.error));
          else resolve(message.results as string[]);
        };
        worker.on('message', onMessage);
        worker.once('error', reject);
        worker.postMessage({ id, jobs });
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/**
 * Worker threads worth starting: one, for specs of 100 operations or more, on four cores or more. The layout formats
 * printed code and JSON in-process; what is left for prettier (Markdown, the few statements the layout cannot
 * vouch for) goes to the worker, which loads prettier while the main thread loads the spec and emits. On two cores
 * the worker competes with the main thread: measured on VoIPBIN, no faster (2.6 s vs 2.5 s wall) and 38 MB more
 * memory.
 */
export function formatThreads(operations: number, cores = availableParallelism()): number {
  return operations < 100 || cores < 4 ? 0 : 1;
}
