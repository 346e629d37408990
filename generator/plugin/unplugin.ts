import { readFileSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { createUnplugin } from 'unplugin';
import type { ViteDevServer } from 'vite';
import { summariseDiagnostics } from '../diagnostics/format-diagnostics.js';
import { Regenerator, type RegenerationOutcome } from '../incremental/index.js';
import { buildError } from './build-error.js';
import type { SdkgenPluginApi, SdkgenPluginOptions } from './options.js';

interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

const PREFIX = 'voipbin-sdkgen: ';

/**
 * The build plugin: a thin shell over Regenerator (generator/incremental/).
 * At build start it brings the SDK up to date — no generation work when no
 * input changed — and registers every input with the bundler's watcher; a
 * watch rebuild starts a build again, which checks again. Vite's dev server
 * has no rebuilds, so there a change regenerates and reloads the page.
 */
export const sdkgenUnplugin = createUnplugin<SdkgenPluginOptions | undefined, false>((options = {}) => {
  const { out = 'sdk', force = false, onCheck, ...config } = options;
  let cwd = config.cwd;
  let logger: Logger = { info: (line) => console.info(line), warn: (line) => console.warn(line), error: (line) => console.error(line) };
  let server: ViteDevServer | undefined;
  let regenerator: Regenerator | undefined;
  // Created on first use, once the bundler has said where its root is.
  const current = () => (regenerator ??= new Regenerator({ config: { ...config, cwd: cwd ?? process.cwd() }, out, force }));
  const api: SdkgenPluginApi = {
    get stats() {
      return current().stats;
    },
  };

  async function refresh(): Promise<RegenerationOutcome> {
    const outcome = await current().ensureFresh();
    if (outcome.status !== 'up-to-date') {
      for (const line of summariseDiagnostics(outcome.newWarnings)) logger.warn(PREFIX + line);
    }
    if (outcome.status === 'generated') {
      logger.info(`${PREFIX}generated ${outcome.written.written} files in ${out} (${outcome.reason}) in ${Math.round(outcome.stats.timings.total)} ms`);
    }
    onCheck?.(outcome, current().stats);
    return outcome;
  }

  return {
    name: 'voipbin-sdkgen',
    enforce: 'pre',

    async buildStart() {
      const outcome = await refresh();
      for (const file of current().watchFiles()) {
        try {
          this.addWatchFile(file);
        } catch {
          // esbuild allows no watch files here; it gets them from the SDK's onLoad below.
        }
      }
      if (outcome.status !== 'failed') return;
      const error = buildError(outcome.reason, outcome.problems);
      // A dev server keeps running so the spec can be fixed; a build fails.
      if (!server) throw error;
      logger.error(error.message);
    },

    async watchChange(id) {
      if (!server || !current().watchFiles().includes(resolve(id))) return;
      const outcome = await refresh();
      if (outcome.status === 'failed') {
        const error = buildError(outcome.reason, outcome.problems);
        logger.error(error.message);
        server.ws.send({ type: 'error', err: { message: error.message, stack: '', ...(error.id ? { id: error.id } : {}) } });
      } else if (outcome.status === 'generated') {
        server.moduleGraph.invalidateAll();
        server.ws.send({ type: 'full-reload' });
      }
    },

    vite: {
      api,
      configResolved(resolved) {
        cwd ??= resolved.root;
        logger = resolved.logger;
      },
      configureServer(devServer) {
        server = devServer;
      },
    },
    rollup: { api },
    webpack(compiler) {
      cwd ??= compiler.context;
    },
    rspack(compiler) {
      cwd ??= compiler.context;
    },
    esbuild: {
      config(initialOptions) {
        cwd ??= initialOptions.absWorkingDir;
      },
      setup(build) {
        // esbuild's watch mode only watches files that onLoad reports: the SDK's modules report the spec files.
        const outDir = current().outDir + sep;
        const escaped = outDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        build.onLoad({ filter: new RegExp(`^${escaped}.*\\.[cm]?[jt]s$`) }, (args) => ({
          contents: readFileSync(args.path, 'utf8'),
          loader: extname(args.path).endsWith('ts') ? 'ts' : 'js',
          watchFiles: current().watchFiles(),
        }));
      },
    },
  };
});
