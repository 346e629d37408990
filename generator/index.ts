/** voipbin-sdkgen's public API. */
export { generate, type GenerateOptions, type GenerateResult, type GenerateStats } from './generate.js';
export { resolveConfig, type NamingConfig, type ResolvedConfig, type SdkgenConfig } from './config/config.js';
export { defineConfig, ConfigError, type ConfigFile, type SdkTarget } from './config/config-file.js';
export { findConfigFile } from './config/find-config.js';
export { loadConfigFile, type LoadedTarget } from './config/load-config.js';
export type { OperationFilters, OperationSelector } from './config/filters.js';
export type * from './config/hooks.js';
export { BUILTIN_FLAVORS } from './flavors/index.js';
export type { BuiltinFlavorName, CustomFlavor, EmitterOptions, Flavor } from './flavors/types.js';
export { writeOutput, OutputRefusedError, type WriteOptions, type WriteResult } from './write/write-output.js';
export type { GeneratedFile } from './emit/emitter.js';
export type { Diagnostic, Severity } from './diagnostics/types.js';
export type * from './ir/types.js';
