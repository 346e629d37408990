// Runs esbuild in watch mode on a temp app with the voipbin-sdkgen plugin, edits a spec path file and
// reports whether esbuild rebuilt and the plugin regenerated. Prints `RESULT <json>` last.
// Usage: node esbuild-watch.mjs <appDir>
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import voipbinSdkgen from 'voipbin-sdkgen/esbuild';

const [appDir] = process.argv.slice(2);
const outcomes = [];
let builds = 0;
const countBuilds = { name: 'count-builds', setup: (build) => build.onEnd(() => void builds++) };
const context = await esbuild.context({
  absWorkingDir: appDir,
  entryPoints: [join(appDir, 'src/main.ts')],
  bundle: true,
  format: 'esm',
  outfile: join(appDir, 'dist/watch.mjs'),
  logLevel: 'silent',
  plugins: [voipbinSdkgen({ spec: 'spec/openapi.yaml', reasons: ['spec/reasons.rst'], format: false, onCheck: (outcome) => outcomes.push(outcome.status) }), countBuilds],
});
await context.watch();
const until = async (test, ms) => {
  for (const started = Date.now(); Date.now() - started < ms; await new Promise((resolve) => setTimeout(resolve, 50))) if (test()) return true;
  return false;
};
const report = { started: await until(() => builds >= 1, 60_000) };
const pathFile = join(appDir, 'spec/paths/calls/id_hangup.yaml');
writeFileSync(pathFile, readFileSync(pathFile, 'utf8').replace("summary: Hang up a call", "summary: Hang up a call (watched)"));
report.rebuilt = await until(() => outcomes.length >= 2 && builds >= 2, 30_000);
await context.dispose();
report.outcomes = outcomes;
report.regenerated = readFileSync(join(appDir, 'sdk/src/resources/calls.ts'), 'utf8').includes('Hang up a call (watched)');
process.stdout.write(`\nRESULT ${JSON.stringify(report)}\n`);
