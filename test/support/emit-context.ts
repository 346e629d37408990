import { buildApi } from '../../generator/build-api.js';
import { resolveConfig, type SdkgenConfig } from '../../generator/config/config.js';
import { emitContext as flavorContext } from '../../generator/emit/emit-sdk.js';
import type { EmitContext } from '../../generator/emit/emitter.js';

/** What `generate` hands its emitters, for calling one emitter alone. */
export async function emitContext(config: SdkgenConfig): Promise<EmitContext> {
  const resolved = resolveConfig(config);
  const built = await buildApi(resolved);
  if (!built.ok) throw new Error(built.diagnostics.map((diagnostic) => diagnostic.message).join('\n'));
  return flavorContext(built.ir, resolved).ctx;
}
