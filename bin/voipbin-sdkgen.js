#!/usr/bin/env node
'use strict';
// CommonJS (bin/package.json): a build step's `generate` whose SDK is up to date is answered by
// dist/cli/up-to-date.cjs without starting Node's ES module loader; everything else goes on to dist/cli/run.cjs,
// compiled with V8's code cache (dist/cli/command-line.cjs).
const { writeSync } = require('node:fs');
const { join } = require('node:path');

const io = {
  cwd: process.cwd(),
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  exit: (code) => {
    process.exitCode = code;
  },
};

/** The up-to-date message, written without process.stdout: making that stream loads Node's stream modules. */
function writeLine(line) {
  try {
    writeSync(1, line + '\n');
  } catch (error) {
    // A reader that went away (`| head`) is not an error; a non-blocking stdout that is full takes the stream.
    if (error.code === 'EAGAIN') io.out(line);
    else if (error.code !== 'EPIPE') throw error;
  }
}

async function start(args) {
  const quick = await require('../dist/cli/up-to-date.cjs').checkUpToDate(args, { cwd: io.cwd, out: writeLine });
  if (quick === 'up-to-date') return;
  // `voipbin-sdkgen inspect | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const commandLine = require('../dist/cli/command-line.cjs').loadCommandLine(join(__dirname, '../dist/cli/run.cjs'), args);
  await commandLine.run(args, io, quick);
  commandLine.saveCodeCache();
}

start(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`voipbin-sdkgen: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.stderr.write('This is a bug in voipbin-sdkgen, not in your spec; please report it with the spec that triggers it.\n');
  process.exitCode = 2;
});
