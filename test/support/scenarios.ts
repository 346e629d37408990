import { join } from 'node:path';
import type { SdkgenConfig } from '../../generator/config/config.js';
import { REPO_ROOT } from './shared.js';

/** Small fixture specs, one behaviour cluster each, snapshotted at every layer. */
export const SCENARIOS = ['paged-calls', 'schema-shapes', 'files-and-media'] as const;

/** Snapshot flavors: `default` is generate() without a flavor (so `full`); the others are built-in flavors by name. */
export const FLAVORS = ['default', 'lite', 'zod'] as const;

/** The generate() options of a snapshot flavor. */
export function flavorConfig(flavor: (typeof FLAVORS)[number]): SdkgenConfig {
  return flavor === 'default' ? {} : { flavor };
}

export const SNAPSHOTS = join(REPO_ROOT, 'test/snapshots');

export function scenarioSpec(scenario: string): string {
  return join(REPO_ROOT, 'test/fixtures/specs/scenarios', `${scenario}.yaml`);
}

/** Where the snapshot of one scenario × flavor lives: `test/snapshots/sdk/<scenario>/<flavor>/`. */
export function sdkSnapshotDir(scenario: string, flavor: string): string {
  return join(SNAPSHOTS, 'sdk', scenario, flavor);
}

/** Folders SDKs get as verbatim copies of templates/: checked against output-samples/full, not stored per scenario. */
export const COPIED_DIRS = ['src/core/', 'src/mocks/runtime/'] as const;

/** The copied folders of a flavor's SDK: `lite` has no mocks. */
export function copiedDirs(flavor: string): readonly string[] {
  return flavor === 'lite' ? ['src/core/'] : COPIED_DIRS;
}
export const sampleCopy = (dir: string): string => join(REPO_ROOT, 'output-samples/full', dir);
