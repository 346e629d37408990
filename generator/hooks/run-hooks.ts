import type { GeneratedInfo, Hooks } from '../config/hooks.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { GeneratedFile } from '../emit/emitter.js';
import type { ApiIR } from '../ir/types.js';

type HookResult<T> = { ok: true; value: T } | { ok: false; diagnostics: Diagnostic[] };

/** The IR transform hook over a copy of the IR; an exception in it is the user's error, reported with the hook's name. */
export async function runTransformIR(ir: ApiIR, hooks: Hooks): Promise<HookResult<ApiIR>> {
  if (!hooks.transformIR) return { ok: true, value: ir };
  const copy = structuredClone(ir);
  return guarded('transformIR', async () => (await hooks.transformIR!(copy)) ?? copy);
}

/** The post-generate hook over copies of the final files. */
export async function runAfterGenerate(files: GeneratedFile[], info: GeneratedInfo, hooks: Hooks): Promise<HookResult<GeneratedFile[]>> {
  if (!hooks.afterGenerate) return { ok: true, value: files };
  const copies = files.map((file) => ({ ...file }));
  const result = await guarded('afterGenerate', async () => (await hooks.afterGenerate!(copies, { ...info })) ?? copies);
  if (!result.ok) return result;
  const bad = result.value.find((file) => typeof file?.path !== 'string' || typeof file.contents !== 'string' || file.path.startsWith('/') || file.path.split('/').includes('..'));
  if (bad) return { ok: false, diagnostics: [hookError('afterGenerate', `returned a file that is not { path, contents } with a relative path inside the SDK: ${JSON.stringify(bad?.path)}`)] };
  return result;
}

async function guarded<T>(name: keyof Hooks, run: () => Promise<T>): Promise<HookResult<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, diagnostics: [hookError(name, `threw: ${error instanceof Error ? error.message : String(error)}`)] };
  }
}

function hookError(name: keyof Hooks, message: string): Diagnostic {
  return { code: 'hook-failed', severity: 'error', message: `hooks.${name} ${message}` };
}
