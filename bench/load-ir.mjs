// Load + IR time for a spec: median of N runs in one process (after one warm-up), and a cold run in a fresh process.
// Usage: node bench/load-ir.mjs [spec] [runs]   (build first: npm run build)
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSpec } from '../dist/generator/load/load-spec.js';
import { buildApiIR } from '../dist/generator/ir/pipeline.js';
import { resolveConfig } from '../dist/generator/config/config.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const spec = resolve(process.argv[2] ?? resolve(here, '../../shared/voipbin/openapi.json'));
const runs = Number(process.argv[3] ?? 7);
const config = resolveConfig({ spec });

async function once() {
  const started = performance.now();
  const loaded = await loadSpec(spec);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  const afterLoad = performance.now();
  const { ir } = buildApiIR(loaded.spec, { naming: config.naming, pagination: config.pagination, defaultAuth: config.defaultAuth });
  const done = performance.now();
  return { load: afterLoad - started, ir: done - afterLoad, total: done - started, operations: ir.operations.length };
}

if (process.argv[4] === '--once') {
  console.log(JSON.stringify(await once()));
} else {
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  await once();
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await once());
  const cold = [];
  for (let i = 0; i < 3; i++) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), spec, '1', '--once'], { encoding: 'utf8' });
    cold.push(JSON.parse(child.stdout).total);
  }
  const ms = (value) => `${value.toFixed(0)} ms`;
  console.log(`spec: ${spec} (${samples[0].operations} operations)`);
  console.log(`warm, median of ${runs}: load ${ms(median(samples.map((s) => s.load)))}, IR ${ms(median(samples.map((s) => s.ir)))}, total ${ms(median(samples.map((s) => s.total)))}`);
  console.log(`cold (fresh process), median of 3: load+IR ${ms(median(cold))}`);
}
