import type { Argv } from 'yargs';
import type { SdkgenConfig } from '../config/config.js';

/** The options that decide what is generated: shared by `generate` and `check`, so both make the same SDK. */
export function withGenerationOptions<T>(y: Argv<T>) {
  return y
    .option('spec', { type: 'string', describe: 'Spec file (JSON or YAML, one file or the root of many) or http(s) URL' })
    .option('reasons', { type: 'string', array: true, describe: 'Error-reason catalog (VoIPBIN .rst, .json or .yaml); repeatable' })
    .option('naming', { choices: ['path', 'operationId'] as const, default: 'path' as const, describe: 'How methods are named' })
    .option('package-name', { type: 'string', describe: 'Name of the generated package' })
    .option('seed', { type: 'number', describe: 'Seed for the mock fixtures (default 1)' })
    .option('format', { type: 'boolean', default: true, describe: 'Run prettier over the output (--no-format to skip)' });
}

export interface GenerationArgs {
  spec?: string | undefined;
  reasons?: string[] | undefined;
  naming: 'path' | 'operationId';
  'package-name'?: string | undefined;
  seed?: number | undefined;
  format: boolean;
}

/** Parsed options → generate()'s config. */
export function generationConfig(argv: GenerationArgs, cwd: string): SdkgenConfig {
  return {
    ...(argv.spec !== undefined ? { spec: argv.spec } : {}),
    ...(argv.reasons !== undefined ? { reasons: argv.reasons } : {}),
    ...(argv['package-name'] !== undefined ? { packageName: argv['package-name'] } : {}),
    ...(argv.seed !== undefined ? { seed: argv.seed } : {}),
    naming: argv.naming,
    format: argv.format,
    cwd,
  };
}
