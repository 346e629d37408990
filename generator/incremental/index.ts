/** Change detection shared by the build plugin and `generate --watch`. */
export { Regenerator, type RegenerationOutcome, type RegeneratorOptions, type RegeneratorStats } from './regenerator.js';
export { FileWatcher } from './watch-files.js';
