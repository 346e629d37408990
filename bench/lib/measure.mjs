// Runs one command and measures its wall time and peak memory (the largest resident set of the process tree).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

/** Whether peak memory and CPU time can be measured here (GNU time reports the max RSS and CPU time of the waited-for process tree). */
export const canMeasureMemory = existsSync(GNU_TIME);

/**
 * @param {{ command: string, args: string[], cwd?: string, env?: Record<string, string>, timeoutMs?: number, keepAll?: boolean }} run
 * keepAll keeps the whole output; otherwise only its last 4,000 characters.
 * @returns {Promise<{ ok: boolean, ms: number, cpuMs: number | null, peakMB: number | null, output: string }>}
 */
export function measure({ command, args, cwd, env, timeoutMs = 600_000, keepAll = false }) {
  const rssFile = join(tmpdir(), `bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const [file, argv] = canMeasureMemory ? [GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, command, ...args]] : [command, args];
  return new Promise((resolvePromise) => {
    const started = performance.now();
    const child = spawn(file, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk) => {
      output = keepAll ? output + chunk : (output + chunk).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      clearTimeout(timer);
      let peakMB = null;
      let cpuMs = null;
      if (canMeasureMemory && existsSync(rssFile)) {
        // GNU time writes "Command exited with non-zero status N" above the figures on failure.
        const [kb, user, system] = readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
        peakMB = Number.isFinite(kb) ? kb / 1024 : null;
        cpuMs = Number.isFinite(user + system) ? (user + system) * 1000 : null;
        rmSync(rssFile, { force: true });
      }
      resolvePromise({ ok: code === 0, ms, cpuMs, peakMB, output });
    });
  });
}
