// The specs the bench runs on: VoIPBIN, GitHub's, and VoIPBIN replicated ×2, ×4, ×8.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { replicateSpec } from './synthetic-spec.mjs';

/** ../shared relative to the repo root, or $VOIPBIN_SHARED. */
export function sharedDir(repoRoot) {
  return process.env.VOIPBIN_SHARED ? resolve(process.env.VOIPBIN_SHARED) : resolve(repoRoot, '../shared');
}

/**
 * @returns {{ id: string, label: string, path: string, bytes: number, operations: number, scale: number | null, reasons: string | null }[]}
 */
export function prepareSpecs({ repoRoot, benchDir, cacheDir, scales, github }) {
  const voipbinDir = join(sharedDir(repoRoot), 'voipbin');
  const voipbinPath = join(voipbinDir, 'openapi.json');
  if (!existsSync(voipbinPath)) throw new Error(`VoIPBIN spec not found at ${voipbinPath}: set VOIPBIN_SHARED to the folder that holds voipbin/openapi.json`);
  const reasonsPath = join(voipbinDir, 'restful_api_errors.rst');
  const reasons = existsSync(reasonsPath) ? reasonsPath : null;
  const voipbin = JSON.parse(readFileSync(voipbinPath, 'utf8'));
  const specs = [describe('voipbin', 'VoIPBIN', voipbinPath, voipbin, 1, reasons)];

  if (github) {
    const require = createRequire(join(benchDir, 'package.json'));
    const githubPath = join(dirname(require.resolve('@octokit/openapi/package.json')), 'generated', 'api.github.com.json');
    specs.push(describe('github', 'GitHub (@octokit/openapi)', githubPath, JSON.parse(readFileSync(githubPath, 'utf8')), null, null));
  }

  mkdirSync(join(cacheDir, 'specs'), { recursive: true });
  for (const scale of scales.filter((value) => value > 1)) {
    const path = join(cacheDir, 'specs', `voipbin-x${scale}.json`);
    const replicated = replicateSpec(voipbin, scale);
    // Indented like the source, so sizes compare.
    writeFileSync(path, JSON.stringify(replicated, null, 2));
    specs.push(describe(`x${scale}`, `VoIPBIN ×${scale}`, path, replicated, scale, reasons));
  }
  return specs;
}

function describe(id, label, path, document, scale, reasons) {
  let operations = 0;
  for (const item of Object.values(document.paths ?? {})) {
    for (const method of ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']) if (item[method]) operations++;
  }
  return { id, label, path, bytes: readFileSync(path).length, operations, scale, reasons };
}
