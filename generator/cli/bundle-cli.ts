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

/** One CommonJS file, the packages above left out; `import.meta` as the ES modules it was built from see it. */
const COMMONJS: BuildOptions = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  define: { 'import.meta': 'import_meta' },
  banner: { js: "const import_meta = { url: require('node:url').pathToFileURL(__filename).href, resolve: (name) => require('node:url').pathToFileURL(require.resolve(name)).href };" },
  logLevel: 'warning',
};

/**
 * Bundles the compiled command line (dist/generator/cli/) into dist/cli/, run by `npm run build` after tsc, as
 * CommonJS files that bin/ loads in turn: up-to-date.cjs, a build step's up-to-date check (up-to-date.ts);
 * command-line.cjs, which runs run.cjs, everything else, with V8's code cache (command-line.ts). One file per load
 * step instead of a hundred modules halves the time the CLI takes to start; CommonJS because Node 20 can hand V8 a
 * code cache only for a script. The API and the build plugins are bundled apart, as ES modules (bundle-api.ts).
 */
export async function bundleCli(root: string): Promise<void> {
  const outdir = join(root, 'dist/cli');
  rmSync(outdir, { recursive: true, force: true });
  for (const name of ['up-to-date', 'command-line', 'run']) {
    await build({ ...COMMONJS, entryPoints: [join(root, `dist/generator/cli/${name}.js`)], outfile: join(outdir, `${name}.cjs`) });
  }
}
