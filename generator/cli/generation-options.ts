import type { Argv } from 'yargs';
import { ConfigError } from '../config/config-file.js';
import type { LoadedTarget } from '../config/load-config.js';
import { BUILTIN_FLAVORS } from '../flavors/index.js';
import type { BuiltinFlavorName } from '../flavors/types.js';
import type { Io } from './io.js';
import { resolveTargets } from './targets.js';

/**
 * The options that decide what is generated: shared by `generate` and
 * `check`, so both make the same SDKs. A flag left out leaves the config
 * file's setting alone; defaults are `resolveConfig`'s.
 */
export function withGenerationOptions<T>(y: Argv<T>) {
  return y
    .option('config', { type: 'string', describe: 'Config file (default: the nearest voipbin-sdkgen.config.{ts,mjs,js,json} when --spec is not given)' })
    .option('sdk', { type: 'string', array: true, describe: 'Only these targets of the config file (by name); repeatable' })
    .option('spec', { type: 'string', describe: 'Spec file (JSON or YAML, one file or the root of many) or http(s) URL' })
    .option('reasons', { type: 'string', array: true, describe: 'Error-reason catalog (VoIPBIN .rst, .json or .yaml); repeatable' })
    .option('flavor', { choices: Object.keys(BUILTIN_FLAVORS) as BuiltinFlavorName[], describe: 'Built-in flavor (default: full)' })
    .option('naming', { choices: ['path', 'operationId'] as const, describe: 'How methods are named (default: path)' })
    .option('package-name', { type: 'string', describe: 'Name of the generated package' })
    .option('seed', { type: 'number', describe: 'Seed for the mock fixtures (default 1)' })
    .option('format', { type: 'boolean', describe: 'Run prettier over the output (default; --no-format to skip)' });
}

export interface GenerationArgs {
  config?: string | undefined;
  sdk?: string[] | undefined;
  spec?: string | undefined;
  out?: string | undefined;
  reasons?: string[] | undefined;
  flavor?: BuiltinFlavorName | undefined;
  naming?: 'path' | 'operationId' | undefined;
  'package-name'?: string | undefined;
  seed?: number | undefined;
  format?: boolean | undefined;
}

/** The targets the flags select, flags over each; on a bad config file, reports it and exits 1 (undefined). */
export async function generationTargets(argv: GenerationArgs, io: Io): Promise<LoadedTarget[] | undefined> {
  try {
    return (await resolveTargets({ ...argv, packageName: argv['package-name'] }, io.cwd)).targets;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.err(`error config: ${error.message}`);
    io.exit(1);
    return undefined;
  }
}
