import { allowHeapRelief } from '../heap/heap-owner.js';
import type { Io } from './io.js';
import { quickGenerate } from './quick-generate.js';

/**
 * The `voipbin-sdkgen` command, as bin/ runs it (bundled into dist/cli/ by `npm run build`). `generate --spec …`
 * (a build step on every build) runs without loading the full command line. The process is the command's own, so
 * generation may force garbage collections to keep its peak memory down.
 */
export async function run(args: string[], io: Io): Promise<void> {
  allowHeapRelief();
  if (args[0] === 'generate') {
    if (await quickGenerate(args, io)) return;
  }
  const { main } = await import('./main.js');
  await main(args, io);
}
