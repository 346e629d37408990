import { allowHeapRelief } from '../heap/heap-owner.js';
import type { Io } from './io.js';
import { quickGenerate, runQuickGenerate, type QuickGenerate } from './quick-generate.js';
import { tierForShortRun } from './short-run-tiering.js';

export { useImporter } from '../modules/import-module.js';

/**
 * The `voipbin-sdkgen` command, as bin/ runs it (bundled into dist/cli/ by `npm run build`). `generate` (a build
 * step on every build) runs without loading the full command line; `quick`: that command as bin/'s up-to-date
 * check (up-to-date.ts) read it, an SDK found stale. The process is the command's own, so generation may force
 * garbage collections to keep its peak memory down, and tunes V8 for a short run.
 */
export async function run(args: string[], io: Io, quick?: QuickGenerate): Promise<void> {
  allowHeapRelief();
  tierForShortRun();
  if (quick) return runQuickGenerate(quick, io);
  if (args[0] === 'generate') {
    if (await quickGenerate(args, io)) return;
  }
  const { main } = await import('./main.js');
  await main(args, io);
}
