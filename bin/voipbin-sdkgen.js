#!/usr/bin/env node

// `voipbin-sdkgen inspect | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const io = {
  cwd: process.cwd(),
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  exit: (code) => {
    process.exitCode = code;
  },
};

async function start(args) {
  const { run } = await import('../dist/cli/run.js');
  await run(args, io);
}

start(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`voipbin-sdkgen: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.stderr.write('This is a bug in voipbin-sdkgen, not in your spec; please report it with the spec that triggers it.\n');
  process.exitCode = 2;
});
