import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../generator/config/config.js';
import { buildApiIR } from '../../../generator/ir/pipeline.js';
import { loadSpec } from '../../../generator/load/load-spec.js';
import { SCENARIOS, scenarioSpec, SNAPSHOTS } from '../../support/scenarios.js';

/** Layer 1: the IR of each focused fixture spec, as JSON. A change here is a change in what every emitter sees. */
describe('IR snapshots', () => {
  for (const scenario of SCENARIOS) {
    it(scenario, async () => {
      const loaded = await loadSpec(scenarioSpec(scenario));
      if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
      const config = resolveConfig({ spec: scenarioSpec(scenario) });
      const { ir, diagnostics } = buildApiIR(loaded.spec, { naming: config.naming, pagination: config.pagination, defaultAuth: config.defaultAuth });
      const snapshot = { ir, diagnostics: diagnostics.map(({ code, severity, message, pointer }) => ({ code, severity, message, pointer })) };
      await expect(JSON.stringify(snapshot, null, 2) + '\n').toMatchFileSnapshot(`${SNAPSHOTS}/ir/${scenario}.json`);
    });
  }
});
