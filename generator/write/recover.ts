import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Cleans up after a writeOutput that died between its steps (SIGKILL, power
 * loss): its `.name.staging-<pid>-<time>` and `.name.previous-<pid>-<time>`
 * siblings. Killed between its two renames, it left the previous SDK in the
 * `previous` folder and no target: that folder is moved back. Leftovers of a
 * process that is still running are not touched.
 */
export function recoverInterruptedWrite(target: string): { restored: boolean; removed: string[] } {
  const parent = dirname(target);
  if (!existsSync(parent)) return { restored: false, removed: [] };
  const leftovers = readdirSync(parent)
    .map((entry) => ({ entry, match: /^\.(.+)\.(staging|previous)-(\d+)-(\d+)$/.exec(entry) }))
    .filter(({ match }) => match !== null && match[1] === basename(target) && !isRunning(Number(match[3])))
    .sort((a, b) => Number(b.match?.[4]) - Number(a.match?.[4]));
  const backup = leftovers.find(({ match }) => match?.[2] === 'previous');
  const restored = !existsSync(target) && backup !== undefined;
  if (restored) renameSync(join(parent, backup.entry), target);
  const removed = leftovers.filter((leftover) => !(restored && leftover === backup)).map(({ entry }) => entry);
  for (const entry of removed) rmSync(join(parent, entry), { recursive: true, force: true });
  return { restored, removed };
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
