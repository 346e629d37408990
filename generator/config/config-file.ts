import type { SdkgenConfig } from './config.js';

/** One SDK a config file describes. Paths (spec, reasons, output, templates) are relative to the config file. */
export interface SdkTarget extends Omit<SdkgenConfig, 'cwd'> {
  /** For `generate --sdk <name>`. Default: the output folder. */
  name?: string;
  /** Where the SDK is written. */
  output: string;
}

/** The contents of `voipbin-sdkgen.config.{ts,mjs,js,json}`. */
export interface ConfigFile {
  sdks: SdkTarget[];
}

/** Types a config file (`{ sdks: [...] }`), or one `generate()` config; returns it unchanged. */
export function defineConfig(config: ConfigFile): ConfigFile;
export function defineConfig(config: SdkgenConfig): SdkgenConfig;
export function defineConfig(config: ConfigFile | SdkgenConfig): ConfigFile | SdkgenConfig {
  return config;
}

/** A config file that cannot be used: names the file and every bad key. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length === 1 ? problems[0] : `\n  ${problems.join('\n  ')}`}`);
    this.name = 'ConfigError';
  }
}

export const CONFIG_FILE_NAMES = ['voipbin-sdkgen.config.ts', 'voipbin-sdkgen.config.mjs', 'voipbin-sdkgen.config.js', 'voipbin-sdkgen.config.json'];
