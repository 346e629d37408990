import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generate, writeOutput, type GeneratedFile } from '../../generator/index.js';
import { recoverInterruptedWrite } from '../../generator/write/recover.js';
import { ensureBuilt } from '../e2e/run-cli.js';
import { REPO_ROOT } from '../support/shared.js';

/**
 * A generation killed mid-write (SIGKILL from inside at a chosen step, or
 * from outside while it waits) or failing with an ordinary error leaves the
 * previous SDK byte-identical, the user's own files included.
 */
const CHILD = join(REPO_ROOT, 'test/hostile/interrupt-child.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'sdkgen-interrupt-'));
const out = join(tmp, 'sdk');
const USER_FILE = 'notes/mine.md';
let previous: GeneratedFile[] = [];
let next: GeneratedFile[] = [];
let nextJson = '';
let before = new Map<string, string>();

/** Every file below a folder (the folder's siblings too, to see leftovers), path → sha256. */
function tree(dir: string): Map<string, string> {
  if (!existsSync(dir)) return new Map();
  const files = (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]).filter((entry) => entry.isFile());
  return new Map(
    files
      .map((entry) => join(entry.parentPath, entry.name))
      .map((path) => [relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex')] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}
const leftovers = () => readdirSync(tmp).filter((entry) => entry.startsWith('.sdk.'));

function runChild(cue: string, onLine: (line: string, kill: () => void) => void = () => {}): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, join(tmp, 'next.json'), out, cue], { cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      for (const line of chunk.split('\n')) if (line) onLine(line, () => child.kill('SIGKILL'));
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout }));
  });
}

beforeAll(async () => {
  ensureBuilt();
  const result = await generate({ format: false });
  if (!result.ok) throw new Error('the example spec did not generate');
  previous = result.files;
  // The next generation: every file changed, some gone, and enough new ones to make the write take a while.
  next = [
    ...previous.filter((_, index) => index % 5 !== 0).map((file) => ({ ...file, contents: `${file.contents}\n// next\n` })),
    ...Array.from({ length: 60 }, (_, index) => ({ path: `src/extra/file-${index}.ts`, contents: `export const x${index} = ${JSON.stringify('x'.repeat(20_000))};\n` })),
  ];
  nextJson = JSON.stringify(next);
  writeFileSync(join(tmp, 'next.json'), nextJson);
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

beforeEach(() => {
  for (const entry of [...leftovers(), 'sdk']) rmSync(join(tmp, entry), { recursive: true, force: true });
  writeOutput(out, previous, { cwd: tmp });
  mkdirSync(dirname(join(out, USER_FILE)), { recursive: true });
  writeFileSync(join(out, USER_FILE), 'my own notes\n');
  before = tree(out);
});

describe('an interrupted generation leaves the previous SDK byte-identical', () => {
  it.each(['write:1', 'write:25', 'write:60'])('SIGKILL while writing a file (%s, half of it on disk)', async (cue) => {
    const run = await runChild(cue);
    expect(run.signal).toBe('SIGKILL');
    expect(tree(out)).toEqual(before);
    const staging = leftovers();
    expect(staging).toEqual([expect.stringMatching(/^\.sdk\.staging-\d+-\d+$/)]);
    expect(recoverInterruptedWrite(out)).toEqual({ restored: false, removed: staging });
    expect(leftovers()).toEqual([]);
    expect(tree(out)).toEqual(before);
  });

  it('SIGKILL from outside while it is writing', async () => {
    const run = await runChild('pause:30', (line, kill) => line === 'paused' && kill());
    expect(run.signal).toBe('SIGKILL');
    expect(run.stdout).not.toContain('done');
    expect(tree(out)).toEqual(before);
  });

  it('SIGKILL between the two renames: the previous SDK is set aside, and the next run puts it back first', async () => {
    const run = await runChild('rename:1');
    expect(run.signal).toBe('SIGKILL');
    // The one moment with no SDK in place: the previous one is in `.sdk.previous-*`, whole.
    expect(existsSync(out)).toBe(false);
    const [backup] = leftovers().filter((entry) => entry.includes('.previous-'));
    expect(tree(join(tmp, backup as string))).toEqual(before);
    expect(recoverInterruptedWrite(out).restored).toBe(true);
    expect(tree(out)).toEqual(before);
    expect(leftovers()).toEqual([]);
  });

  it('SIGKILL after the swap, before the old SDK is deleted: the new SDK is complete, with the user file', async () => {
    const run = await runChild('rename:2');
    expect(run.signal).toBe('SIGKILL');
    const after = tree(out);
    expect([...after.keys()].sort()).toEqual([...next.map((file) => file.path), USER_FILE].sort());
    recoverInterruptedWrite(out);
    expect(leftovers()).toEqual([]);
  });

  it('an ordinary failure mid-write (a full disk) is reported, and cleans up after itself', async () => {
    const run = await runChild('throw:10');
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('failed: ENOSPC');
    expect(tree(out)).toEqual(before);
    expect(leftovers()).toEqual([]);
  });

  it('the next generation after a kill between the renames keeps the user file', async () => {
    await runChild('rename:1');
    writeOutput(out, next, { cwd: tmp });
    expect(readFileSync(join(out, USER_FILE), 'utf8')).toBe('my own notes\n');
    expect(leftovers()).toEqual([]);
  });
});
