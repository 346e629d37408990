import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

/** The repository root. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Read-only data we do not own: the real VoIPBIN spec, its history and error catalog. */
export const SHARED_DIR = process.env.VOIPBIN_SHARED ?? resolve(REPO_ROOT, '../shared');
export const VOIPBIN_DIR = join(SHARED_DIR, 'voipbin');
export const REAL_SPEC = join(VOIPBIN_DIR, 'openapi.json');
export const REAL_SRC_SPEC = join(VOIPBIN_DIR, 'src/openapi.yaml');
export const REAL_ERRORS_RST = join(VOIPBIN_DIR, 'restful_api_errors.rst');
export const HISTORY_DIR = join(VOIPBIN_DIR, 'history');

export const hasShared = existsSync(REAL_SPEC);

/** Every YAML file of VoIPBIN's multi-file source: its path below src/ and its text. */
export function readRealSourceYaml(): { file: string; text: string }[] {
  const dir = dirname(REAL_SRC_SPEC);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.ya?ml$/.test(file));
  return files.map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}

/**
 * A describe block that needs ../shared. Where it is missing the block is
 * reported as skipped, with the reason in its name, never passed silently.
 */
export function describeWithShared(name: string, fn: () => void): void {
  if (hasShared) describe(name, fn);
  else describe.skip(`${name} [skipped: the real VoIPBIN spec is not at ${REAL_SPEC}; set VOIPBIN_SHARED]`, fn);
}
