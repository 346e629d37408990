import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared.js';
import { CLI, ensureBuilt } from './run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'sdkgen-watch-'));
beforeAll(() => ensureBuilt());
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Resolves when `test` passes on the output so far; rejects after `ms` with what was printed. */
function waitFor(read: () => string, test: (text: string) => boolean, ms: number, what: string): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      if (test(read())) {
        clearInterval(poll);
        resolve();
      } else if (Date.now() - started > ms) {
        clearInterval(poll);
        reject(new Error(`no ${what} within ${ms} ms; output so far:\n${read()}`));
      }
    }, 50);
  });
}

describe('voipbin-sdkgen generate --watch', () => {
  it('regenerates after a spec edit within a bounded wait, and exits cleanly on SIGINT', async () => {
    cpSync(join(REPO_ROOT, 'examples/voipbin'), join(tmp, 'spec'), { recursive: true });
    const child = spawn(process.execPath, [CLI, 'generate', '--watch', '--spec', 'spec/openapi.yaml', '--reasons', 'spec/reasons.rst', '--out', 'sdk', '--no-format'], {
      cwd: tmp,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    try {
      await waitFor(() => output, (text) => text.includes('Watching'), 60_000, 'first generation');
      expect(output).toMatch(/^Generated \d+ files in sdk \(no build cache/m);
      const calls = join(tmp, 'sdk/src/resources/calls.ts');
      expect(readFileSync(calls, 'utf8')).not.toContain('Hang up a call at once');

      const pathFile = join(tmp, 'spec/paths/calls/id_hangup.yaml');
      writeFileSync(pathFile, readFileSync(pathFile, 'utf8').replace('summary: Hang up a call', 'summary: Hang up a call at once'));
      await waitFor(() => output, (text) => text.includes('spec/paths/calls/id_hangup.yaml changed'), 30_000, 'regeneration after the edit');
      expect(output).toMatch(/^Generated \d+ files in sdk \(spec\/paths\/calls\/id_hangup\.yaml changed\)/m);
      expect(readFileSync(calls, 'utf8')).toContain('Hang up a call at once');
      expect(output.match(/^Generated /gm)).toHaveLength(2);
    } finally {
      child.kill('SIGINT');
    }
    const { code, signal } = await Promise.race([exited, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still running 15 s after SIGINT:\n${output}`)), 15_000))]);
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(output).toContain('Stopped watching.');
    expect(output).not.toMatch(/internal error/);
  }, 150_000);
});
