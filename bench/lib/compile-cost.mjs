// `tsc --noEmit` on each generated SDK, with one shared strict tsconfig, interleaved like the generation runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * @returns {Promise<Record<string, { samples: { ms: number, peakMB: number | null }[], errors: number, unchecked: string[], label?: string }>>}
 * `label` is set on the rows that are not a tool's output (`ours-built`).
 */
export async function timeCompile({ spec, tools, outRoot, tscPath, rounds, log }) {
  const subjects = tools
    .filter((tool) => existsSync(join(outRoot, spec.id, tool.id)))
    .map((tool) => ({ id: tool.id, dir: join(outRoot, spec.id, tool.id), include: tool.tscInclude }));
  const ours = subjects.find((subject) => subject.id === 'ours');
  if (ours && spec.id === 'voipbin') subjects.push(...builtConsumer({ sdkDir: ours.dir, dir: join(outRoot, spec.id, 'ours-built'), tscPath, log }));
  const results = {};
  for (const { id, dir, include, label } of subjects) {
    writeFileSync(join(dir, 'tsconfig.bench.json'), JSON.stringify({ compilerOptions: COMPILER_OPTIONS, include }, null, 2));
    results[id] = { samples: [], errors: 0, unchecked: filesOptedOut(dir, include), ...(label ? { label } : {}) };
  }
  for (let round = 0; round < rounds; round++) {
    for (let index = 0; index < subjects.length; index++) {
      const { id, dir } = subjects[(index + round) % subjects.length];
      const run = await measure({ command: process.execPath, args: [tscPath, '-p', join(dir, 'tsconfig.bench.json'), '--pretty', 'false'], keepAll: true });
      results[id].samples.push({ ms: run.ms, cpuMs: run.cpuMs, peakMB: run.peakMB });
      results[id].errors = (run.output.match(/error TS\d+/g) ?? []).length;
      log(`  tsc ${spec.id} ${id}: ${(run.ms / 1000).toFixed(2)} s, ${run.peakMB?.toFixed(0) ?? '?'} MB${run.ok ? '' : ' (with type errors)'}`);
    }
  }
  return results;
}

/**
 * Our SDK as an app that installs it compiles it: built once with its own tsconfig (declarations only, not timed),
 * then a one-call app importing the built `.d.ts`, which skipLibCheck does not check. Shown beside the target's row,
 * which checks the SDK's sources, to show what the SDK's users pay; the mocks are left out, as an app that does not
 * import them. None when the build fails (said in the log).
 */
function builtConsumer({ sdkDir, dir, tscPath, log }) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const build = spawnSync(process.execPath, [tscPath, '-p', join(sdkDir, 'tsconfig.json'), '--declaration', '--emitDeclarationOnly', '--outDir', join(dir, 'dist'), '--pretty', 'false'], { encoding: 'utf8' });
  if (build.status !== 0) {
    log(`  the SDK's own build failed, so no row for an app that imports it: ${(build.stdout + build.stderr).trim().slice(0, 400)}`);
    return [];
  }
  writeFileSync(
    join(dir, 'app.ts'),
    ["import { VoipbinClient } from './dist/index.js';", '', "const client = new VoipbinClient({ token: 'token' });", "export const call = await client.calls.get('id');", ''].join('\n'),
  );
  return [{ id: 'ours-built', label: 'voipbin-sdkgen, built (tsc -p tsconfig.json): a one-call app importing its .d.ts', dir, include: ['app.ts'] }];
}

/**
 * The included files that opt out of type checking (`// @ts-nocheck` before their first statement): tsc reads them
 * but reports and checks nothing in them, so their time is not a checking time to compare with the others'.
 */
function filesOptedOut(out, include) {
  return include
    .flatMap((pattern) => {
      if (!pattern.includes('*')) return [join(out, pattern)];
      const folder = pattern.slice(0, pattern.indexOf('*')).replace(/\/$/, '');
      return tsFiles(join(out, folder), pattern.includes('**'));
    })
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
