import type { Io } from './io.js';

/**
 * The `voipbin-sdkgen` command, as bin/ runs it (bundled into dist/cli/ by `npm run build`). `generate --spec …`
 * (a build step on every build) runs without loading the full command line.
 */
export async function run(args: string[], io: Io): Promise<void> {
  if (args[0] === 'generate') {
    const { quickGenerate } = await import('./quick-generate.js');
    if (await quickGenerate(args, io)) return;
  }
  const { main } = await import('./main.js');
  await main(args, io);
}
