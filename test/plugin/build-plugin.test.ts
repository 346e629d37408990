import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ensureBuilt } from '../e2e/run-cli.js';
import { createTempApp, type TempApp } from './app-fixture.js';
import { runBuild, runScript } from './run-build.js';

/** What the app's probe() sees when the bundled SDK calls `client.calls.hangup('c1')`. */
const HANGUP_REQUEST = 'POST https://example.test/v1.0/calls/c1/hangup?accesskey=key';

/** Each test runs Node processes that load a bundler and the generator; on a busy 2-core machine that takes a while. */
const TIMEOUT = 180_000;

const apps: TempApp[] = [];
function app(prefix: string): TempApp {
  const created = createTempApp(prefix);
  apps.push(created);
  return created;
}

beforeAll(() => ensureBuilt());
afterAll(() => {
  for (const { dir } of apps) rmSync(dir, { recursive: true, force: true });
});

describe('build plugin (voipbin-sdkgen/vite, /esbuild, /rollup)', () => {
  // Each build is a Node process of its own; the three run side by side.
  it.concurrent('a Vite build generates the SDK the app imports; an unchanged rebuild does no generation work; one edited path file regenerates once', async ({ expect }) => {
    const { dir, specDir } = app('vite');
    const first = await runBuild('vite', dir);
    expect(first.ok, first.output).toBe(true);
    expect(first.probe).toBe(HANGUP_REQUEST);
    expect(first.outcomes).toEqual(['generated']);
    expect(first.stats).toMatchObject({ checks: 1, generations: 1, failures: 0 });

    const unchanged = await runBuild('vite', dir);
    expect(unchanged.ok, unchanged.output).toBe(true);
    expect(unchanged.probe).toBe(HANGUP_REQUEST);
    expect(unchanged.outcomes).toEqual(['up-to-date']);
    expect(unchanged.stats).toMatchObject({ checks: 1, generations: 0, upToDate: 1 });

    // One path file of the multi-file spec; the SDK method's JSDoc comes from its summary.
    const pathFile = join(specDir, 'paths/calls/id_hangup.yaml');
    writeFileSync(pathFile, readFileSync(pathFile, 'utf8').replace('summary: Hang up a call', 'summary: Hang up a call right now'));
    const edited = await runBuild('vite', dir);
    expect(edited.ok, edited.output).toBe(true);
    expect(edited.outcomes).toEqual(['generated']);
    expect(edited.stats).toMatchObject({ checks: 1, generations: 1 });
    expect(readFileSync(join(dir, 'sdk/src/resources/calls.ts'), 'utf8')).toContain('Hang up a call right now');
    expect(edited.probe).toBe(HANGUP_REQUEST);
  }, TIMEOUT);

  it.concurrent("esbuild and Rollup builds bundle the generated SDK, the second reusing the first one's output", async ({ expect }) => {
    const { dir } = app('esbuild');
    const esbuild = await runBuild('esbuild', dir);
    expect(esbuild.ok, esbuild.output).toBe(true);
    expect(esbuild.probe).toBe(HANGUP_REQUEST);
    expect(esbuild.stats).toMatchObject({ generations: 1 });

    const rollup = await runBuild('rollup', dir);
    expect(rollup.ok, rollup.output).toBe(true);
    expect(rollup.probe).toBe(HANGUP_REQUEST);
    expect(rollup.stats).toMatchObject({ checks: 1, generations: 0, upToDate: 1 });
  }, TIMEOUT);

  it.concurrent('a broken spec fails the Vite build with the file and line of the problem', async ({ expect }) => {
    const { dir, specDir } = app('broken');
    const pathFile = join(specDir, 'paths/calls/id_hangup.yaml');
    const lines = readFileSync(pathFile, 'utf8').split('\n');
    const ref = lines.findIndex((line) => line.includes("$ref: '#/components/schemas/CallManagerCall'"));
    lines[ref] = lines[ref]!.replace('CallManagerCall', 'NoSuchModel');
    writeFileSync(pathFile, lines.join('\n'));
    // The dangling ref's schema object starts on the `schema:` line just above the $ref (1-based: ref - 1 + 1).
    const schemaLine = ref;

    const broken = await runBuild('vite', dir);
    expect(broken.ok).toBe(false);
    expect(broken.outcomes).toEqual(['failed']);
    expect(broken.message).toContain('dangling-ref');
    expect(broken.message).toContain('NoSuchModel');
    expect(broken.message).toContain(`${pathFile}:${schemaLine}`);
  }, TIMEOUT);

  it.concurrent('on the Vite dev server an edited spec file regenerates the SDK, which the server then serves, with a full reload', async ({ expect }) => {
    const { dir } = app('dev');
    const report = await runScript<{
      started: boolean;
      regenerated: boolean;
      before: { outcomes: string[]; edited: boolean };
      after: { outcomes: string[]; generations: number; edited: boolean };
      reloads: string[];
    }>('dev-server.mjs', [dir]);
    expect(report.started, report.output).toBe(true);
    expect(report.before).toEqual({ outcomes: ['generated'], edited: false });
    expect(report.regenerated, report.output).toBe(true);
    expect(report.after).toEqual({ outcomes: ['generated', 'generated'], generations: 2, edited: true });
    expect(report.reloads).toContain('full-reload');
  }, TIMEOUT);

  it.concurrent("in esbuild's watch mode an edited spec file triggers a rebuild that regenerates the SDK", async ({ expect }) => {
    const { dir } = app('esbuild-watch');
    const report = await runScript<{ started: boolean; rebuilt: boolean; outcomes: string[]; regenerated: boolean }>('esbuild-watch.mjs', [dir]);
    expect(report.started, report.output).toBe(true);
    expect(report.rebuilt, report.output).toBe(true);
    expect(report.outcomes.slice(0, 2)).toEqual(['generated', 'generated']);
    expect(report.regenerated).toBe(true);
  }, TIMEOUT);
});
