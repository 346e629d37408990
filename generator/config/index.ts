/**
 * `voipbin-sdkgen/config`: what a config file imports. One small module at run time, where the package's main entry
 * loads the whole generator (about half a second before a build step can even check its SDK is up to date).
 */
export { defineConfig, type ConfigFile, type SdkTarget } from './config-file.js';
export type { NamingConfig, SdkgenConfig } from './config.js';
export type { OperationFilters, OperationSelector } from './filters.js';
export type * from './hooks.js';
export type { BuiltinFlavorName, CustomFlavor, EmitterOptions, Flavor } from '../flavors/types.js';
