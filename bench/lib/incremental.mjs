// Regeneration from VoIPBIN's multi-file source: full, nothing changed, and one path file changed.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measure } from './measure.mjs';

const EDITED_FILE = 'paths/calls/id.yaml';
const EDITED_TEXT = 'Returns detailed information about the specified call.';

/** The generator's own figure from its summary line, "(1234 ms)". */
function reportedMs(output) {
  const match = /\((\d+) ms\)/.exec(output);
  return match ? Number(match[1]) : null;
}

/** @returns {Promise<{ full: object[], noChange: object[], oneFile: object[], editedFile: string } | { failure: string }>} */
export async function timeIncremental({ repoRoot, sharedVoipbin, cacheDir, reasons, rounds, log }) {
  const sourceDir = join(sharedVoipbin, 'src');
  if (!existsSync(join(sourceDir, 'openapi.yaml'))) return { failure: `multi-file source not found at ${sourceDir}` };
  const work = join(cacheDir, 'incremental');
  rmSync(work, { recursive: true, force: true });
  cpSync(sourceDir, join(work, 'src'), { recursive: true });
  const edited = join(work, 'src', EDITED_FILE);
  const original = readFileSync(edited, 'utf8');
  if (!original.includes(EDITED_TEXT)) return { failure: `${EDITED_FILE} no longer contains the text the bench edits` };
  const out = join(work, 'out');
  const generate = () =>
    measure({
      command: process.execPath,
      args: [join(repoRoot, 'bin/voipbin-sdkgen.js'), 'generate', '--spec', join(work, 'src/openapi.yaml'), ...(reasons ? ['--reasons', reasons] : []), '--out', out],
    });
  const sample = (run) => ({ ms: run.ms, cpuMs: run.cpuMs, reportedMs: reportedMs(run.output), peakMB: run.peakMB, ok: run.ok });

  const results = { full: [], noChange: [], oneFile: [], editedFile: EDITED_FILE };
  for (let round = 0; round < rounds; round++) {
    rmSync(out, { recursive: true, force: true });
    results.full.push(sample(await generate()));
    results.noChange.push(sample(await generate()));
    writeFileSync(edited, original.replace(EDITED_TEXT, `${EDITED_TEXT} Edit ${round + 1}.`));
    results.oneFile.push(sample(await generate()));
    writeFileSync(edited, original);
    const [full, same, one] = [results.full, results.noChange, results.oneFile].map((list) => (list.at(-1).ms / 1000).toFixed(2));
    log(`  incremental round ${round + 1}/${rounds}: full ${full} s, no change ${same} s, one file changed ${one} s`);
  }
  return results;
}
