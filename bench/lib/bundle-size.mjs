// Minified + gzipped size of a one-operation app (GET /calls/{id}) built with each client, bundled by esbuild.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The apps, each given the generated output it imports; null where that output is missing. */
function apps(outDir) {
  const ours = join(outDir, 'ours/src/index.ts');
  const lite = join(outDir, 'ours-lite/src/index.ts');
  const schema = join(outDir, 'openapi-typescript/schema.ts');
  const heySdk = join(outDir, 'hey-api/sdk.gen.ts');
  const heyGet = existsSync(heySdk) ? /export const (\w+) = [^\n]*\.get<[^\n]*url: '\/calls\/\{id\}'/.exec(readFileSync(heySdk, 'utf8'))?.[1] : undefined;
  return [
    {
      id: 'ours',
      label: 'voipbin-sdkgen client',
      source: existsSync(ours) && [
        `import { VoipbinClient } from ${JSON.stringify(ours)};`,
        "const client = new VoipbinClient({ token: 'token' });",
        "console.log(await client.calls.get('id'));",
      ],
    },
    {
      id: 'ours-lite',
      label: 'voipbin-sdkgen lite flavor (one function per operation)',
      source: existsSync(lite) && [
        `import { callsGet, createClient } from ${JSON.stringify(lite)};`,
        "console.log(await callsGet(createClient({ token: 'token' }), 'id'));",
      ],
    },
    {
      id: 'openapi-fetch',
      label: 'openapi-fetch 0.17 + openapi-typescript types',
      source: existsSync(schema) && [
        "import createClient from 'openapi-fetch';",
        `import type { paths } from ${JSON.stringify(schema)};`,
        "const client = createClient<paths>({ baseUrl: 'https://api.voipbin.net/v1.0', headers: { Authorization: 'Bearer token' } });",
        "console.log(await client.GET('/calls/{id}', { params: { path: { id: 'id' } } }));",
      ],
    },
    {
      id: 'hey-api',
      label: '@hey-api/openapi-ts 0.99 sdk + its fetch client',
      source: heyGet && [
        `import { ${heyGet} } from ${JSON.stringify(heySdk)};`,
        `console.log(await ${heyGet}({ path: { id: 'id' }, headers: { Authorization: 'Bearer token' } }));`,
      ],
    },
  ];
}

/** @returns {Promise<{ id: string, label: string, minifiedBytes?: number, gzippedBytes?: number, failure?: string }[]>} */
export async function measureBundles({ benchDir, cacheDir, outDir, repoRoot, spec }) {
  // The lite flavor is generated here, from the same spec, for this comparison only.
  if (repoRoot && spec) {
    const cli = join(repoRoot, 'bin/voipbin-sdkgen.js');
    const args = [cli, 'generate', '--flavor', 'lite', '--spec', spec.path, ...(spec.reasons ? ['--reasons', spec.reasons] : []), '--out', join(outDir, 'ours-lite'), '--force'];
    spawnSync(process.execPath, args, { stdio: 'ignore' });
  }
  const esbuild = await import(createRequire(join(benchDir, 'package.json')).resolve('esbuild'));
  const appDir = join(cacheDir, 'bundle');
  mkdirSync(appDir, { recursive: true });
  const results = [];
  for (const app of apps(outDir)) {
    if (!app.source) {
      results.push({ id: app.id, label: app.label, failure: 'generated output missing (its generator failed or did not run)' });
      continue;
    }
    const entry = join(appDir, `${app.id}-app.ts`);
    writeFileSync(entry, app.source.join('\n') + '\n');
    try {
      const built = await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, absWorkingDir: benchDir, logLevel: 'silent' });
      const code = built.outputFiles[0].contents;
      results.push({ id: app.id, label: app.label, minifiedBytes: code.length, gzippedBytes: gzipSync(code, { level: 9 }).length });
    } catch (error) {
      results.push({ id: app.id, label: app.label, failure: String(error.message).split('\n')[0] });
    }
  }
  return results;
}
