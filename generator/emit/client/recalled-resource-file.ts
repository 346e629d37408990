import type { EmitContext, GeneratedFile } from '../emitter.js';
import { insertionOrderDigest, namesAddedAfter } from './added-names.js';
import { emitResourceFile, subtreePointers, type ResourceFileNaming } from './emit-resources.js';
import type { ResourceNames } from './resource-names.js';
import { operationsByPointer } from '../ir-indexes.js';

/**
 * emitResourceFile through the emit memo. Its inputs beyond the memo's shared ones: the resource subtree with its
 * names, its operations and what was settled for them, and the type names taken before it (a name it picks
 * depends on them). A recalled file replays the names it took and the reason types it settled, as emitting would.
 */
export function recalledResourceFile(ctx: EmitContext, top: ResourceNames, naming: ResourceFileNaming): GeneratedFile {
  if (!ctx.memo) return emitResourceFile(ctx, top, naming);
  const pointers = subtreePointers(top);
  const operations = operationsByPointer(ctx.ir);
  const inputs = {
    top,
    operations: pointers.map((pointer) => operations.get(pointer)),
    settled: pointers.map((pointer) => [naming.methods.get(pointer), naming.keys.get(pointer), naming.validators.get(pointer)]),
    reasons: naming.reasons && { ...naming.reasons.names, groups: [...naming.reasons.names.groups] },
    // In the order taken, which the same inputs repeat: a set that only differs in order costs a miss, never a wrong hit.
    takenTypes: insertionOrderDigest(naming.takenTypes),
  };
  const record = ctx.memo.recall(inputs, () => {
    const before = naming.takenTypes.size;
    const file = emitResourceFile(ctx, top, naming);
    return {
      files: [file],
      taken: namesAddedAfter(naming.takenTypes, before),
      reasonTypes: pointers.flatMap((pointer) => {
        const reasonType = naming.reasonTypes.get(pointer);
        return reasonType === undefined ? [] : [[pointer, reasonType] as [string, string]];
      }),
    };
  });
  for (const name of record.taken) naming.takenTypes.add(name);
  for (const [pointer, reasonType] of record.reasonTypes) naming.reasonTypes.set(pointer, reasonType);
  return record.files[0] as GeneratedFile;
}
