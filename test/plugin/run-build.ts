import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/shared.js';
import type { BuildReport } from './app-fixture.js';

/** Builds the temp app in a fresh Node process (a fresh plugin instance, as in a new CI run) and returns its report. */
export function runBuild(bundler: 'vite' | 'esbuild' | 'rollup', appDir: string): Promise<BuildReport & { output: string }> {
  return runScript<BuildReport>('build-app.mjs', [bundler, appDir]);
}

/** Runs a script of this folder with Node; it prints `RESULT <json>` as its last line. */
export function runScript<Report>(script: string, args: string[]): Promise<Report & { output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'test/plugin', script), ...args], { cwd: REPO_ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      const line = output.split('\n').find((text) => text.startsWith('RESULT '));
      if (!line) return reject(new Error(`${script} ${args.join(' ')} exited ${status} without a result:\n${output}`));
      resolve({ ...(JSON.parse(line.slice('RESULT '.length)) as Report), output });
    });
  });
}
