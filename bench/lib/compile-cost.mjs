// `tsc --noEmit` on each generated SDK, with one shared strict tsconfig, interleaved like the generation runs.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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
    results[tool.id] = { samples: [], errors: 0, unchecked: filesOptedOut(out, tool.tscInclude) };
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

/**
 * The included files that opt out of type checking (`// @ts-nocheck` before their first statement): tsc reads them
 * but reports and checks nothing in them, so their time is not a checking time to compare with the others'.
 */
function filesOptedOut(out, include) {
  const recursive = include.some((pattern) => pattern.includes('**'));
  const root = join(out, include[0].split('/*')[0].replace(/^\*.*$/, ''));
  return tsFiles(root, recursive)
    .filter((file) => /^(?:\s*(?:\/\*[\s\S]*?\*\/|\/\/[^\n]*))*?\s*\/\/\s*@ts-nocheck\b/.test(readFileSync(file, 'utf8').slice(0, 4096)))
    .map((file) => relative(out, file));
}

function tsFiles(folder, recursive) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return recursive && entry.name !== 'node_modules' ? tsFiles(path, true) : [];
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}
