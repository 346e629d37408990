import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';

/** Packages left outside the bundle: loaded only when needed (prettier, the ref resolver, yaml) or large. */
export const EXTERNAL = ['prettier', '@apidevtools/swagger-parser', 'yaml', 'ts-morph', 'typescript'];

/** ES modules in chunks for Node 20, the packages above left out. */
export const SPLIT_ESM: BuildOptions = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  // The CommonJS packages bundled in (handlebars, yargs' helpers) call require for Node's own modules.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
};

/**
 * Bundles the compiled command line (dist/generator/cli/run.js) into dist/cli/, run by `npm run build` after tsc:
 * one file per load step instead of a hundred modules, which halves the time the CLI takes to start. Code loaded
 * on demand (the emitters, yargs) stays in chunks of its own; bin/'s up-to-date check is bundled on its own
 * (dist/cli/up-to-date.cjs). The API and the build plugins are bundled apart (bundle-api.ts).
 */
export async function bundleCli(root: string): Promise<void> {
  const outdir = join(root, 'dist/cli');
  rmSync(outdir, { recursive: true, force: true });
  await build({ ...SPLIT_ESM, entryPoints: [join(root, 'dist/generator/cli/run.js')], outdir });
  // bin/'s up-to-date check, as one CommonJS file (see up-to-date.ts); import.meta as the ES modules see it.
  await build({
    entryPoints: [join(root, 'dist/generator/cli/up-to-date.js')],
    outfile: join(outdir, 'up-to-date.cjs'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    define: { 'import.meta': 'import_meta' },
    banner: { js: "const import_meta = { url: require('node:url').pathToFileURL(__filename).href, resolve: (name) => require('node:url').pathToFileURL(require.resolve(name)).href };" },
    logLevel: 'warning',
  });
}
