import { spawn } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, ensureBuilt, runCliAsync } from './run-cli.js';
import { REPO_ROOT } from '../support/shared.js';

describe('voipbin-sdkgen mock', () => {
  beforeAll(() => ensureBuilt());

  it('serves the embedded example on a free port and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [CLI, 'mock', '--port', '0', '--auth', '--preload', '2'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
        if (match) resolve(match[1] as string);
      });
      child.on('close', (code) => reject(new Error(`exited ${code} before listening:\n${stdout}`)));
    });
    try {
      expect((await fetch(`${url}/v1.0/calls`)).status).toBe(401);
      const page = (await (await fetch(`${url}/v1.0/calls?accesskey=k`)).json()) as { result: unknown[] };
      expect(page.result).toHaveLength(2);
    } finally {
      const closed = new Promise((resolve) => child.on('close', resolve));
      child.kill('SIGTERM');
      await closed;
    }
    expect(stdout).toMatch(/Stopped after 2 request\(s\), 0 injected fault\(s\)/);
    expect(stdout).toMatch(/at most 10000 records \/ 64 MiB kept/);
  });

  it('refuses bad flags with exit code 1 and says what is wrong', async () => {
    const run = await runCliAsync(['mock', '--fail-rate', '2']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/--fail-rate must be between 0 and 1, got 2/);
  });
});
