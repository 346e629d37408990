import { buildApi } from '../../generator/build-api.js';
import { resolveConfig, type SdkgenConfig } from '../../generator/config/config.js';
import type { EmitContext } from '../../generator/emit/emitter.js';
import { assignSchemaNames } from '../../generator/emit/naming/schema-names.js';
import { SourcePrinter } from '../../generator/emit/ts/index.js';

/** What `generate` hands its emitters, for calling one emitter alone. */
export async function emitContext(config: SdkgenConfig): Promise<EmitContext> {
  const resolved = resolveConfig(config);
  const built = await buildApi(resolved);
  if (!built.ok) throw new Error(built.diagnostics.map((diagnostic) => diagnostic.message).join('\n'));
  const names = assignSchemaNames(built.ir.schemas).names;
  return {
    ir: built.ir,
    config: resolved,
    schemaNames: names,
    printer: new SourcePrinter(),
    typeContext: (direction) => ({ direction, nameOf: (pointer) => names.get(pointer) }),
  };
}
