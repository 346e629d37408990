import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { generate, writeOutput, type GenerateResult, type SdkgenConfig } from '../../generator/index.js';
import { REPO_ROOT } from './shared.js';

/**
 * Generates an SDK into a fresh temp folder and returns the folder. Our
 * node_modules is linked beside it, so the SDK's optional peer (msw, for
 * `src/mocks`) resolves for tsc and for tests that import the generated code.
 */
export async function generateToTemp(config: SdkgenConfig = {}): Promise<string> {
  return (await generateSdkToTemp(config)).dir;
}

/** {@link generateToTemp}, also returning the generation result (IR, files). */
export async function generateSdkToTemp(config: SdkgenConfig = {}): Promise<{ dir: string; result: Extract<GenerateResult, { ok: true }> }> {
  const result = await generate(config);
  if (!result.ok) throw new Error('generation failed:\n' + result.diagnostics.map((d) => d.message).join('\n'));
  const root = mkdtempSync(join(tmpdir(), 'sdkgen-'));
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  const out = join(root, 'sdk');
  writeOutput(out, result.files, { cwd: tmpdir() });
  return { dir: out, result };
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
