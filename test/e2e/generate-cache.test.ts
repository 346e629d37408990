/**
 * `generate` skips a target when nothing it depends on changed since its last
 * generation (the build cache beside the output), and regenerates when an
 * input, an option, the generator or a generated file changed.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared.js';
import { ensureBuilt, runCliAsync } from './run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'sdkgen-cache-'));
const spec = join(tmp, 'spec');
const out = join(tmp, 'sdk');
const UP_TO_DATE = /is up to date: no input, option, generator or generated file changed/;
const GENERATED = /^Generated \d+ files in /m;

beforeAll(() => {
  ensureBuilt();
  cpSync(join(REPO_ROOT, 'examples/voipbin'), spec, { recursive: true });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const generate = (...extra: string[]) => runCliAsync(['generate', '--spec', join(spec, 'openapi.yaml'), '--reasons', join(spec, 'reasons.rst'), '--out', out, ...extra], { cwd: tmp });

describe('generate with the build cache', () => {
  it('generates, then skips the unchanged target without writing anything', async () => {
    const first = await generate();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(GENERATED);
    const client = join(out, 'src/client.ts');
    const before = statSync(client).mtimeMs;
    const second = await generate();
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toMatch(UP_TO_DATE);
    expect(second.stdout).not.toMatch(GENERATED);
    expect(statSync(client).mtimeMs).toBe(before);
  }, 120_000);

  it('regenerates after one path file of the spec changes', async () => {
    const file = join(spec, 'paths/calls/id_hangup.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/summary: .*/, 'summary: Hang up the call (edited)'));
    const run = await generate();
    expect(run.stdout).toMatch(GENERATED);
    expect(readFileSync(join(out, 'src/resources/calls.ts'), 'utf8')).toContain('Hang up the call (edited)');
    expect((await generate()).stdout).toMatch(UP_TO_DATE);
  }, 120_000);

  it('restores an edited generated file, and regenerates when an option changes or with --no-cache', async () => {
    const client = join(out, 'src/client.ts');
    const original = readFileSync(client, 'utf8');
    writeFileSync(client, original + '\n// a local edit\n');
    expect((await generate()).stdout).toMatch(GENERATED);
    expect(readFileSync(client, 'utf8')).toBe(original);
    expect((await generate('--package-name', 'other-sdk')).stdout).toMatch(GENERATED);
    expect((await generate('--package-name', 'other-sdk', '--no-cache')).stdout).toMatch(GENERATED);
  }, 180_000);
});

describe('the quick up-to-date answer (before the CLI loads)', () => {
  it('answers an unchanged `generate --spec` itself, and leaves every other command line to the full CLI', async () => {
    // From dist/, as the CLI runs it: the build cache records the generator build that wrote it.
    const { quickUpToDate } = (await import(join(REPO_ROOT, 'dist/generator/cli/quick-up-to-date.js'))) as typeof import('../../generator/cli/quick-up-to-date.js');
    expect((await generate()).status).toBe(0);
    const lines: string[] = [];
    const io = { cwd: tmp, out: (line: string) => lines.push(line), err: (line: string) => lines.push(line), exit: () => undefined };
    const args = ['generate', '--spec', join(spec, 'openapi.yaml'), '--reasons', join(spec, 'reasons.rst'), '--out', out];
    expect(await quickUpToDate(args, io)).toBe(true);
    expect(lines).toEqual([expect.stringMatching(UP_TO_DATE)]);
    for (const other of [
      [...args, '--no-cache'],
      [...args, '--watch'],
      [...args, '--config', 'x.json'],
      [...args, '--flavor', 'nope'],
      [...args, '--seed', 'x'],
      [...args, '--unknown'],
      [...args, 'positional'],
      [...args, '--seed', '2'],
      ['generate', '--out', out],
      ['check', '--spec', join(spec, 'openapi.yaml')],
    ]) {
      expect(await quickUpToDate(other, io), other.slice(7).join(' ')).toBe(false);
    }
    expect(lines).toHaveLength(1);
  }, 120_000);
});
