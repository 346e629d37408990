// Installs the bench's pinned peers (bench/package-lock.json) on first use, and again when the lockfile changes.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from './hash.mjs';

export function ensurePeersInstalled(benchDir, log) {
  const lockfile = readFileSync(join(benchDir, 'package-lock.json'), 'utf8');
  const stamp = join(benchDir, 'node_modules/.bench-lock-sha256');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === sha256(lockfile)) return;
  log('Installing the pinned peers into bench/node_modules (npm ci; first run only)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel', 'error'], { cwd: benchDir, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm ci in bench/ failed: see the output above');
  writeFileSync(stamp, sha256(lockfile));
}

/** Builds the generator (dist/), so the bench times the code in this tree. */
export function buildGenerator(repoRoot, log) {
  log('Building the generator (npm run build)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build', '--silent'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed: see the output above');
}
