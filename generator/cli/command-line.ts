import { enableGcFlag } from '../heap/relieve-heap.js';
import type { useImporter } from '../modules/import-module.js';
import { runCached } from './code-cache.js';
import type { run } from './run.js';
import { tierForShortRun } from './short-run-tiering.js';

export interface CommandLine {
  run: typeof run;
  /** Keeps the compiled command line for the next run (see runCached); call when the command is done. */
  saveCodeCache(): void;
}

/**
 * The command line bundled as CommonJS (dist/cli/run.cjs), run with V8's code cache. V8 uses a cache only under the
 * flags it was made with, and a run sets two (its tiering, and `gc` for heap relief): they are set here, before the
 * bundle is compiled, so that a cache made at the end of a run is one the next run can use.
 */
export function loadCommandLine(bundle: string, args: string[]): CommandLine {
  tierForShortRun();
  enableGcFlag();
  // Each command compiles its own part of the bundle; a command is a word (else the default command, generate).
  const use = args[0] !== undefined && /^[a-z]+$/.test(args[0]) ? args[0] : 'default';
  const script = runCached<{ run: typeof run; useImporter: typeof useImporter }>(bundle, { use });
  script.exports.useImporter((specifier) => import(specifier));
  // Help compiles next to nothing of the command: not a cache worth keeping.
  const help = args.some((arg) => arg === '--help' || arg === '-h' || arg === '--version');
  return {
    run: script.exports.run,
    saveCodeCache: () => {
      if (!help) script.save();
    },
  };
}
