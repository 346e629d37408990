import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { escapeNonAscii } from './ascii-bundle.js';

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
 * The packages above left out, except prettier's doc printer (prettier/doc, 62 KB), which every formatting run
 * loads: bundled in, it comes from the command line's code cache instead of being compiled again by each run.
 */
const EXTERNAL_BUT_DOC_PRINTER: Plugin = {
  name: 'external-but-doc-printer',
  setup(plugin) {
    const external = new RegExp(`^(${EXTERNAL.map((name) => name.replace(/[/.]/g, '\\$&')).join('|')})(/|$)`);
    plugin.onResolve({ filter: external }, (args) => (args.path === 'prettier/doc' ? undefined : { path: args.path, external: true }));
  },
};

const LAZY_MODULE_NAMESPACE = 'lazy-default-export';

/**
 * string-width (three copies: yargs', cliui's, wrap-ansi's) builds an Intl.Segmenter and a `\p{RGI_Emoji}` regular
 * expression when it loads: 40–60 ms, paid by every command although only help and usage text measure widths.
 * Each import of it gets a stand-in whose function loads the real module on its first call instead.
 */
const LAZY_STRING_WIDTH: Plugin = {
  name: 'lazy-string-width',
  setup(plugin) {
    plugin.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData === LAZY_MODULE_NAMESPACE) return undefined;
      const real = await plugin.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: LAZY_MODULE_NAMESPACE });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: LAZY_MODULE_NAMESPACE };
    });
    plugin.onLoad({ filter: /.*/, namespace: LAZY_MODULE_NAMESPACE }, (args) => ({
      contents: `export default function stringWidth(text, options) { return require(${JSON.stringify(args.path)}).default(text, options); }`,
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

/** One CommonJS file, the packages above left out (but the doc printer); `import.meta` as the ES modules it was built from see it. */
const COMMONJS: BuildOptions = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  plugins: [EXTERNAL_BUT_DOC_PRINTER, LAZY_STRING_WIDTH],
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
    const outfile = join(outdir, `${name}.cjs`);
    await build({ ...COMMONJS, entryPoints: [join(root, `dist/generator/cli/${name}.js`)], outfile });
    await escapeNonAscii(outfile);
  }
}
