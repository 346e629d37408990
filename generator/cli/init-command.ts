import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Argv } from 'yargs';
import { CONFIG_FILE_NAMES } from '../config/config-file.js';
import { starterConfig } from '../config/starter-config.js';
import type { Io } from './io.js';

export function initCommand(yargs: Argv, io: Io) {
  return yargs.command(
    'init',
    'Write a commented starter voipbin-sdkgen.config.ts in the current folder',
    (y) =>
      y
        .option('format', { choices: ['ts', 'mjs'] as const, default: 'ts' as const, describe: 'TypeScript or JavaScript config' })
        .option('force', { type: 'boolean', default: false, describe: 'Replace an existing config file' }),
    (argv) => {
      const file = join(io.cwd, `voipbin-sdkgen.config.${argv.format}`);
      const existing = CONFIG_FILE_NAMES.map((name) => join(io.cwd, name)).filter((path) => existsSync(path));
      const blocking = existing.find((path) => !argv.force || path !== file);
      if (blocking) {
        io.err(`error config: ${blocking} exists already; edit it${blocking === file ? ', or pass --force to replace it' : ', or remove it first'}.`);
        return io.exit(1);
      }
      writeFileSync(file, starterConfig(argv.format));
      io.out(`Wrote ${file}. Set spec and output, then run: npx voipbin-sdkgen generate`);
    },
  );
}
