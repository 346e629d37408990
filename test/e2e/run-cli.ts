import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/shared.js';

export const CLI = join(REPO_ROOT, 'bin/voipbin-sdkgen.js');
const BUILT_MAIN = join(REPO_ROOT, 'dist/cli/run.cjs');

/** A stack frame as Node prints it: `    at fn (file:///…/x.js:12:3)`. */
export const STACK_TRACE = /\n\s+at .*\.c?js:\d+/;

/**
 * The tests run the built CLI (`npm test` builds first). Run alone, they
 * build once when dist/ is missing.
 */
export function ensureBuilt(): void {
  if (existsSync(BUILT_MAIN)) return;
  const build = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (!existsSync(BUILT_MAIN)) throw new Error(`npm run build did not produce ${BUILT_MAIN}:\n${build.stdout}\n${build.stderr}`);
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node bin/voipbin-sdkgen.js <args>`. Asynchronous because each run
 * costs about a second (mostly module loading), so tests start several at once.
 */
export function runCliAsync(args: string[], options: { cwd?: string; nodeArgs?: string[]; env?: Record<string, string> } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), CLI, ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
