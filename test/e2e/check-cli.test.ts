import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { generateToTemp } from '../support/generate-to-temp.js';
import { REPO_ROOT } from '../support/shared.js';
import { ensureBuilt, runCliAsync, STACK_TRACE } from './run-cli.js';

const EXAMPLE = join(REPO_ROOT, 'examples/voipbin');
const REASONS = join(EXAMPLE, 'reasons.rst');
const tmp = mkdtempSync(join(tmpdir(), 'sdkgen-check-'));
let sdk = '';
/** Unformatted, so that each CLI run skips prettier (~3 s of CPU each); one run checks a formatted SDK. */
let plain = '';

beforeAll(async () => {
  ensureBuilt();
  [sdk, plain] = await Promise.all([generateToTemp(), generateToTemp({ format: false })]);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function copyOf(folder: string, name: string): string {
  const copy = join(tmp, name);
  cpSync(folder, copy, { recursive: true });
  return copy;
}

describe('voipbin-sdkgen check (built CLI)', () => {
  it.concurrent('exits 0 on a fresh generation, also with a file of the user in the folder', async ({ expect }) => {
    const copy = copyOf(sdk, 'fresh');
    writeFileSync(join(copy, 'NOTES.md'), 'mine\n');
    const run = await runCliAsync(['check', '--out', copy]);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/is current: \d+ generated files match \(spec sha256:[0-9a-f]{16}\)/);
  });

  it.concurrent('exits 1 with a unified diff after one generated file was edited', async ({ expect }) => {
    const copy = copyOf(plain, 'edited');
    const models = join(copy, 'src/models.ts');
    writeFileSync(models, readFileSync(models, 'utf8') + 'export type HandEdit = 1;\n');
    const run = await runCliAsync(['check', '--no-format', '--out', copy]);
    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toContain('is stale');
    expect(run.stdout).toContain('1 changed, 0 added, 0 removed generated file(s)');
    expect(run.stdout).toContain('--- a/src/models.ts');
    expect(run.stdout).toContain('-export type HandEdit = 1;');
    expect(run.stdout).toContain('Run `voipbin-sdkgen generate`');
  });

  it.concurrent('exits 0 for a copy of the spec elsewhere, and 1 once that spec changes', async ({ expect }) => {
    const spec = copyOf(EXAMPLE, 'spec');
    const args = ['check', '--no-format', '--spec', join(spec, 'openapi.yaml'), '--reasons', REASONS, '--out', plain];
    const same = await runCliAsync(args);
    expect(same.status, same.stdout + same.stderr).toBe(0);

    const hangup = join(spec, 'paths/calls/id_hangup.yaml');
    writeFileSync(hangup, readFileSync(hangup, 'utf8').replace('summary: Hang up a call', 'summary: End a call'));
    const changed = await runCliAsync(args);
    expect(changed.status, changed.stdout + changed.stderr).toBe(1);
    expect(changed.stdout).toContain('  changed: src/resources/calls.ts');
    expect(changed.stdout).toMatch(/^\+.*End a call/m);
    // Every header carries the spec hash: files changed only there are listed, not diffed.
    expect(changed.stdout).toContain('  changed: src/models.ts (header only: generator version or spec hash)');
    expect(changed.stdout).not.toContain('--- a/src/models.ts');
  });

  it.concurrent('exits 1 with a message, not a stack trace, when the folder does not exist', async ({ expect }) => {
    const run = await runCliAsync(['check', '--no-format', '--out', join(tmp, 'nowhere')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('is not a folder');
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});
