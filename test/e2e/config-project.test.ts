import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate, loadConfigFile, type GeneratedFile, type LoadedTarget } from '../../generator/index.js';
import { REPO_ROOT } from '../support/shared.js';
import { ensureBuilt } from './run-cli.js';

const PROJECT = join(REPO_ROOT, 'test/fixtures/config-project');
const SNAPSHOTS = join(REPO_ROOT, 'test/e2e/__snapshots__/config-project');

/** The runtimes are copied verbatim (tested in test/runtime, test/mocks-runtime) and the manifest lists hashes: neither says anything about the config. */
const snapshotted = (file: GeneratedFile) => !file.path.startsWith('src/core/') && !file.path.startsWith('src/mocks/runtime/') && file.path !== '.voipbin-sdkgen-manifest.json';

describe('a project with a config of two targets, a template override and naming hooks', () => {
  const files = new Map<string, GeneratedFile[]>();
  let targets: LoadedTarget[] = [];
  beforeAll(async () => {
    ensureBuilt();
    targets = await loadConfigFile(join(PROJECT, 'voipbin-sdkgen.config.ts'));
    for (const target of targets) {
      const result = await generate(target.config);
      if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
      files.set(target.name, result.files);
    }
  }, 120_000);

  const text = (target: string, path: string) => files.get(target)!.find((file) => file.path === path)?.contents ?? '';

  it('reads both targets, outputs relative to the config file', () => {
    expect(targets.map((target) => [target.name, target.output])).toEqual([
      ['backend', join(PROJECT, 'out/backend')],
      ['agent', join(PROJECT, 'out/agent')],
    ]);
  });

  it('backend: the README comes from the override; the operation hook renamed list to all (types follow); the model hook dropped the prefixes', () => {
    expect(text('backend', 'README.md')).toMatch(/^# @acme\/voipbin \(internal\)\n/);
    expect(text('backend', 'README.md')).toContain('flavor `full`');
    const calls = text('backend', 'src/resources/calls.ts');
    expect(calls).toMatch(/\n\s+all\(/);
    expect(calls).not.toMatch(/\n\s+list\(/);
    expect(calls).toContain('CallsAllParams');
    expect(text('backend', 'src/models.ts')).toMatch(/export interface Call \{/);
    expect(text('backend', 'src/models.ts')).toMatch(/export interface Agent \{/);
    expect(text('backend', 'src/models.ts')).not.toContain('CallManagerCall');
  });

  it('agent: only /service_agents operations and the models they use; the built-in README', () => {
    expect(files.get('agent')!.some((file) => file.path === 'src/resources/calls.ts')).toBe(false);
    expect(text('agent', 'src/resources/service-agents.ts')).toContain("path: '/service_agents/me'");
    expect(text('agent', 'src/models.ts')).toMatch(/export interface Agent \{/);
    expect(text('agent', 'src/models.ts')).not.toMatch(/export interface Call \{/);
    expect(text('agent', 'README.md')).toMatch(/^# @acme\/voipbin-agent\n/);
  });

  it('matches the file snapshots of every generated file but the copied runtime (vitest -u to accept a change)', async () => {
    for (const [target, generated] of files) {
      for (const file of generated.filter(snapshotted)) await expect(file.contents).toMatchFileSnapshot(join(SNAPSHOTS, target, file.path));
    }
  });
});
