import yargs from 'yargs';
import { generateCommand } from './generate-command.js';
import { initCommand } from './init-command.js';
import { inspectCommand } from './inspect-command.js';
import type { Io } from './io.js';

/** The voipbin-sdkgen command line: parses arguments and hands off to one command. */
export async function main(args: string[], io: Io): Promise<void> {
  let cli = yargs(args).scriptName('voipbin-sdkgen').strict().demandCommand(1, 'Name a command: generate, inspect or init.').help().version(false);
  cli = generateCommand(cli, io);
  cli = inspectCommand(cli, io);
  cli = initCommand(cli, io);
  await cli
    .fail((message, error) => {
      if (error) throw error;
      io.err(message);
      io.exit(1);
    })
    .parseAsync();
}
