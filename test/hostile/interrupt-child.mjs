// Writes an SDK with the built writeOutput and dies on cue, as a killed CLI would.
// Usage: node interrupt-child.mjs <files.json> <outDir> <cue>
//   write:N  SIGKILL while writing the N-th file (half of it on disk)
//   rename:N SIGKILL right after the N-th rename (1: the old SDK moved aside, the new one not yet in place)
//   throw:N  the N-th file write fails (an ordinary error, e.g. a full disk)
//   pause:N  before the N-th file write, print "paused" and wait to be killed from outside
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const [filesJson, outDir, cue = 'none'] = process.argv.slice(2);
const [kind, count] = cue.split(':');
const at = Number(count);
let writes = 0;
let renames = 0;

const { writeFileSync, renameSync } = fs;
fs.writeFileSync = (path, data, ...rest) => {
  writes += 1;
  if (kind === 'write' && writes === at) {
    writeFileSync(path, String(data).slice(0, Math.floor(String(data).length / 2)));
    process.kill(process.pid, 'SIGKILL');
  }
  if (kind === 'pause' && writes === at) {
    process.stdout.write('paused\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30_000);
  }
  if (kind === 'throw' && writes === at) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  return writeFileSync(path, data, ...rest);
};
fs.renameSync = (from, to) => {
  renameSync(from, to);
  renames += 1;
  if (kind === 'rename' && renames === at) process.kill(process.pid, 'SIGKILL');
};
syncBuiltinESMExports();

const { writeOutput } = await import('../../dist/generator/write/write-output.js');
const files = JSON.parse(fs.readFileSync(filesJson, 'utf8'));
process.stdout.write('writing\n');
try {
  writeOutput(outDir, files, { cwd: process.cwd() });
  process.stdout.write('done\n');
} catch (error) {
  process.stdout.write(`failed: ${error.message}\n`);
  process.exitCode = 3;
}
