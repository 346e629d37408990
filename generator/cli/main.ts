import yargs from 'yargs';
import { generatorVersion } from '../config/package-root.js';
import { checkCommand } from './check-command.js';
import { diffCommand } from './diff-command.js';
import { generateCommand } from './generate-command.js';
import { initCommand } from './init-command.js';
import { inspectCommand } from './inspect-command.js';
import { mockCommand } from './mock-command.js';
import type { Io } from './io.js';

/** The voipbin-sdkgen command line: parses arguments and hands off to one command. */
export async function main(args: string[], io: Io): Promise<void> {
  let cli = yargs(args).scriptName('voipbin-sdkgen').strict().demandCommand(1, 'Name a command: generate, inspect, check, diff, mock or init.').help().version(generatorVersion());
  cli = generateCommand(cli, io);
  cli = inspectCommand(cli, io);
  cli = checkCommand(cli, io);
  cli = diffCommand(cli, io);
  cli = mockCommand(cli, io);
  cli = initCommand(cli, io);
  await cli
    .fail((message, error) => {
      if (error) throw error;
      io.err(message);
      io.exit(1);
    })
    .parseAsync();
}
