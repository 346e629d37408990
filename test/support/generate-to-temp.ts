import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { generate, writeOutput, type SdkgenConfig } from '../../generator/index.js';
import { REPO_ROOT } from './shared.js';

/** Generates an SDK into a fresh temp folder and returns the folder. */
export async function generateToTemp(config: SdkgenConfig = {}): Promise<string> {
  const result = await generate(config);
  if (!result.ok) throw new Error('generation failed:\n' + result.diagnostics.map((d) => d.message).join('\n'));
  const out = join(mkdtempSync(join(tmpdir(), 'sdkgen-')), 'sdk');
  writeOutput(out, result.files, { cwd: tmpdir() });
  return out;
}

export const TSC = {
  '5.9': join(REPO_ROOT, 'node_modules/typescript/bin/tsc'),
  '6.0': join(REPO_ROOT, 'node_modules/typescript-6/bin/tsc'),
} as const;

/** Runs tsc --noEmit on a generated SDK's own (strict) tsconfig; returns its output and exit code. */
export function typecheck(sdkDir: string, version: keyof typeof TSC): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [TSC[version], '-p', join(sdkDir, 'tsconfig.json'), '--noEmit'], { encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}
