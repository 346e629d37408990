import { freshness, upToDateMessage } from '../incremental/cli-cache.js';
import { outputShown } from './generate-targets.js';
import { readQuickGenerate, type QuickGenerate } from './quick-generate.js';

/**
 * The first thing bin/ runs, bundled on its own as CommonJS (dist/cli/up-to-date.cjs): a build step's
 * `generate` whose SDKs are up to date says so and ends here, without loading the rest of the command line or,
 * unless a config file is a module, starting Node's ES module loader (together about a sixth of such a run). Returns 'up-to-date' when it
 * answered; else what the full command line (dist/cli/run.js) goes on from: the command read and its freshness
 * checked, or undefined for any other command line.
 */
export async function checkUpToDate(args: string[], io: { cwd: string; out(line: string): void }): Promise<'up-to-date' | QuickGenerate | undefined> {
  const quick = await readQuickGenerate(args, io.cwd);
  if (!quick?.flags.cache) return quick;
  const fresh = quick.targets.map((target) => freshness(target.output, target.config));
  if (fresh.some((target) => target.staleBecause !== undefined)) return { ...quick, fresh };
  for (const target of quick.targets) io.out(upToDateMessage(outputShown(target, quick.flags.out, io.cwd)));
  return 'up-to-date';
}
