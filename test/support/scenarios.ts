import { join } from 'node:path';
import { REPO_ROOT } from './shared.js';

/** Small fixture specs, one behaviour cluster each, snapshotted at every layer. */
export const SCENARIOS = ['paged-calls', 'schema-shapes', 'files-and-media'] as const;

/** Flavors will slot in here; until they exist, everything is generated with the default. */
export const FLAVORS = ['default'] as const;

export const SNAPSHOTS = join(REPO_ROOT, 'test/snapshots');

export function scenarioSpec(scenario: string): string {
  return join(REPO_ROOT, 'test/fixtures/specs/scenarios', `${scenario}.yaml`);
}

/** Where the snapshot of one scenario × flavor lives: `test/snapshots/sdk/<scenario>/<flavor>/`. */
export function sdkSnapshotDir(scenario: string, flavor: string): string {
  return join(SNAPSHOTS, 'sdk', scenario, flavor);
}

/** src/core/ is the runtime copied verbatim; output-samples/full holds it once. */
/** Folders every SDK gets as verbatim copies of templates/: checked against output-samples/full, not stored per scenario. */
export const COPIED_DIRS = ['src/core/', 'src/mocks/runtime/'] as const;
export const sampleCopy = (dir: string): string => join(REPO_ROOT, 'output-samples/full', dir);
