/** voipbin-sdkgen's public API. */
export { generate, type GenerateOptions, type GenerateResult, type GenerateStats } from './generate.js';
export { defineConfig, resolveConfig, type ResolvedConfig, type SdkgenConfig } from './config/config.js';
export { writeOutput, OutputRefusedError, type WriteOptions, type WriteResult } from './write/write-output.js';
export type { GeneratedFile } from './emit/emitter.js';
export type { Diagnostic, Severity } from './diagnostics/types.js';
export type * from './ir/types.js';
