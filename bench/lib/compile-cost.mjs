// `tsc --noEmit` on each generated SDK, with one shared strict tsconfig, interleaved like the generation runs.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measure } from './measure.mjs';

const COMPILER_OPTIONS = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'Bundler',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  types: [],
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  // kubb imports with .ts extensions.
  allowImportingTsExtensions: true,
};

/** @returns {Promise<Record<string, { samples: { ms: number, peakMB: number | null }[], errors: number }>>} */
export async function timeCompile({ spec, tools, outRoot, tscPath, rounds, log }) {
  const results = {};
  const ready = tools.filter((tool) => existsSync(join(outRoot, spec.id, tool.id)));
  for (const tool of ready) {
    const out = join(outRoot, spec.id, tool.id);
    writeFileSync(join(out, 'tsconfig.bench.json'), JSON.stringify({ compilerOptions: COMPILER_OPTIONS, include: tool.tscInclude }, null, 2));
    results[tool.id] = { samples: [], errors: 0 };
  }
  for (let round = 0; round < rounds; round++) {
    for (let index = 0; index < ready.length; index++) {
      const tool = ready[(index + round) % ready.length];
      const run = await measure({ command: process.execPath, args: [tscPath, '-p', join(outRoot, spec.id, tool.id, 'tsconfig.bench.json'), '--pretty', 'false'], keepAll: true });
      results[tool.id].samples.push({ ms: run.ms, cpuMs: run.cpuMs, peakMB: run.peakMB });
      results[tool.id].errors = (run.output.match(/error TS\d+/g) ?? []).length;
      log(`  tsc ${spec.id} ${tool.id}: ${(run.ms / 1000).toFixed(2)} s, ${run.peakMB?.toFixed(0) ?? '?'} MB${run.ok ? '' : ' (with type errors)'}`);
    }
  }
  return results;
}
