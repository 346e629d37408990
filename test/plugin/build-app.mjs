// Builds a temp app (test/plugin/app-fixture.ts) with one bundler and the voipbin-sdkgen plugin,
// imported through the package's exports, then runs the bundle. Prints `RESULT <json>` last.
// Usage: node build-app.mjs <vite|esbuild|rollup> <appDir>
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [bundler, appDir] = process.argv.slice(2);
const outcomes = [];
let stats;
const options = {
  spec: 'spec/openapi.yaml',
  reasons: ['spec/reasons.rst'],
  out: 'sdk',
  format: false,
  cwd: appDir,
  onCheck: (outcome, current) => {
    outcomes.push(outcome.status);
    stats = current;
  },
};
const entry = join(appDir, 'src/main.ts');
const bundle = join(appDir, 'dist', `${bundler}.mjs`);

async function build() {
  if (bundler === 'vite') {
    const { build } = await import('vite');
    const { default: voipbinSdkgen } = await import('voipbin-sdkgen/vite');
    const plugin = voipbinSdkgen(options);
    await build({
      root: appDir,
      configFile: false,
      logLevel: 'warn',
      plugins: [plugin],
      build: { lib: { entry, formats: ['es'], fileName: () => 'vite.mjs' }, outDir: join(appDir, 'dist'), emptyOutDir: false, minify: false },
    });
    return plugin.api.stats;
  }
  if (bundler === 'esbuild') {
    const esbuild = await import('esbuild');
    const { default: voipbinSdkgen } = await import('voipbin-sdkgen/esbuild');
    await esbuild.build({ absWorkingDir: appDir, entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', outfile: bundle, logLevel: 'silent', plugins: [voipbinSdkgen(options)] });
    return stats;
  }
  if (bundler === 'rollup') {
    const { rollup } = await import('rollup');
    const esbuild = await import('esbuild');
    const { default: voipbinSdkgen } = await import('voipbin-sdkgen/rollup');
    const plugin = voipbinSdkgen(options);
    // Rollup reads JavaScript only: resolve the SDK's `./x.js` imports to `./x.ts` and strip the types.
    const typescript = {
      name: 'strip-types',
      async resolveId(source, importer) {
        if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
        return (await this.resolve(source.replace(/\.js$/, '.ts'), importer, { skipSelf: true })) ?? null;
      },
      async transform(code, id) {
        return id.endsWith('.ts') ? (await esbuild.transform(code, { loader: 'ts', format: 'esm' })).code : null;
      },
    };
    const built = await rollup({ input: entry, plugins: [plugin, typescript], onwarn: () => {} });
    await built.write({ file: bundle, format: 'es' });
    await built.close();
    return plugin.api.stats;
  }
  throw new Error(`unknown bundler ${bundler}`);
}

let report;
try {
  const finalStats = await build();
  const app = await import(pathToFileURL(bundle).href + `?t=${Date.now()}`);
  report = { ok: true, stats: { ...finalStats }, outcomes, probe: await app.probe() };
} catch (error) {
  report = { ok: false, message: String(error?.message ?? error), stats: stats && { ...stats }, outcomes };
}
process.stdout.write(`\nRESULT ${JSON.stringify(report)}\n`);
