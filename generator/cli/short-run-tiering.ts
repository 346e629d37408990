import { setFlagsFromString } from 'node:v8';

/**
 * V8 hands a function to its optimising compiler once it has run through a budget of bytecode (`--interrupt-budget`,
 * 66 KB in Node 20's V8). A generation is one pass of a second or a few over a large body of code: many functions
 * reach that budget, are compiled, and some are thrown away as new object shapes arrive; compiling was a fifth of a
 * VoIPBIN run's instructions. Three times the budget compiles only what stays hot. For the command line only: a
 * library caller's process is its own.
 */
export function tierForShortRun(): void {
  setFlagsFromString('--interrupt-budget=202752');
}
