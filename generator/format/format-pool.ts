import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
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
  await prettier.format('const a = 1;', { parser: 'babel-ts' });
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
  const prettier = pathToFileURL(createRequire(import.meta.url).resolve('prettier')).href;
  const workers = Array.from({ length: size }, () => new Worker(WORKER_SOURCE, { eval: true, workerData: { prettier } }));
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
 * Worker threads worth starting: none for small specs, and none below 4 cores. Each thread warms prettier's JIT
 * anew (about 1 s of CPU on VoIPBIN's output), so on a busy 2-core machine a worker made generation slower
 * (measured: +1 s CPU, +1–2 s wall). With spare cores it overlaps formatting: one worker per core beyond two, up to 3.
 */
export function formatThreads(operations: number, cores = availableParallelism()): number {
  return operations < 100 ? 0 : Math.max(0, Math.min(cores - 2, 3));
}
