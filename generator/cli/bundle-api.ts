import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { escapeNonAscii } from './ascii-bundle.js';
import { EXTERNAL, SPLIT_ESM } from './bundle-cli.js';

/** The package's entry points (package.json "exports"), by their name in dist/api/. */
const ENTRIES = {
  index: 'index.js',
  vite: 'plugin/vite.js',
  rollup: 'plugin/rollup.js',
  esbuild: 'plugin/esbuild.js',
  webpack: 'plugin/webpack.js',
  rspack: 'plugin/rspack.js',
};

/**
 * Bundles the API and the build plugins (dist/generator/index.js, dist/generator/plugin/*.js) into dist/api/, run by
 * `npm run build` after tsc: importing them loaded some three hundred modules one by one (~0.3 s before a dev server
 * or build could even check its SDK up to date). One build with shared chunks, so that a project importing the API
 * and a plugin gets one copy of each module. Their types stay in dist/generator.
 */
export async function bundleApi(root: string): Promise<void> {
  const outdir = join(root, 'dist/api');
  rmSync(outdir, { recursive: true, force: true });
  await build({
    ...SPLIT_ESM,
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, join(root, 'dist/generator', file)])),
    outdir,
    external: [...EXTERNAL, 'unplugin'],
  });
  for (const file of readdirSync(outdir)) await escapeNonAscii(join(outdir, file));
}
