// Starts Vite's dev server on a temp app with the voipbin-sdkgen plugin, edits a spec path file and
// reports whether the plugin regenerated and the server serves the new SDK. Prints `RESULT <json>` last.
// Usage: node dev-server.mjs <appDir>
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';
import voipbinSdkgen from 'voipbin-sdkgen/vite';

const [appDir] = process.argv.slice(2);
const outcomes = [];
const plugin = voipbinSdkgen({ spec: 'spec/openapi.yaml', reasons: ['spec/reasons.rst'], out: 'sdk', format: false, onCheck: (outcome) => outcomes.push(outcome.status) });
const server = await createServer({ root: appDir, configFile: false, logLevel: 'silent', plugins: [plugin], server: { port: 0, hmr: false } });
const reloads = [];
server.ws.send = ((send) => (payload, ...rest) => {
  if (payload?.type) reloads.push(payload.type);
  return send.call(server.ws, payload, ...rest);
})(server.ws.send);
await server.listen();

const until = async (test, ms) => {
  for (const started = Date.now(); Date.now() - started < ms; await new Promise((resolve) => setTimeout(resolve, 50))) if (test()) return true;
  return false;
};
const served = async () => (await server.transformRequest('/sdk/src/resources/calls.ts'))?.code ?? '';

const report = { started: await until(() => outcomes.length > 0, 60_000) };
report.before = { outcomes: [...outcomes], edited: (await served()).includes('Hang up a call soon') };
const pathFile = join(appDir, 'spec/paths/calls/id_hangup.yaml');
const edited = readFileSync(pathFile, 'utf8').replace('summary: Hang up a call', 'summary: Hang up a call soon');
// Right after start the server's file watcher may still be scanning, and misses an edit made meanwhile:
// save the edit again until a check follows (as a user saving twice would).
const checked = () => outcomes.length > report.before.outcomes.length;
report.regenerated = false;
for (let attempt = 0; attempt < 6 && !report.regenerated; attempt++) {
  writeFileSync(pathFile, edited);
  report.regenerated = await until(checked, 5_000);
}
report.after = { outcomes: [...outcomes], generations: plugin.api.stats.generations, edited: (await served()).includes('Hang up a call soon') };
report.reloads = reloads;
await server.close();
process.stdout.write(`\nRESULT ${JSON.stringify(report)}\n`);
