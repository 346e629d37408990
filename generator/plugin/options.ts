import type { SdkgenConfig } from '../config/config.js';
import type { RegenerationOutcome, RegeneratorStats } from '../incremental/index.js';

/** Options of the build plugin: the generator's config plus where the SDK goes. */
export interface SdkgenPluginOptions extends SdkgenConfig {
  /** Output folder, relative to `cwd` (default: the bundler's root — Vite's `root`, webpack's `context` — else process.cwd()). Default `sdk`. */
  out?: string;
  /** Write into a non-empty folder that has no voipbin-sdkgen manifest. */
  force?: boolean;
  /** Called after every check at build start (or on a watched change), with what happened and the counters so far. */
  onCheck?: (outcome: RegenerationOutcome, stats: Readonly<RegeneratorStats>) => void;
}

/** What `plugin.api` offers on Vite and Rollup (and what tests read). */
export interface SdkgenPluginApi {
  readonly stats: Readonly<RegeneratorStats>;
}
