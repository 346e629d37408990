import { diffApis } from '../../../generator/diff/diff-apis.js';
import type { SdkChange } from '../../../generator/diff/types.js';
import { buildResources } from '../../../generator/ir/passes/build-resources.js';
import { nameOperations } from '../../../generator/ir/passes/name-operations.js';
import type { ApiIR, NamedSchemaIR, OperationIR } from '../../../generator/ir/types.js';
import { api } from '../../support/ir-fixture.js';

/** An IR as the pipeline leaves it: operations named and grouped into resources by the real passes. */
export function sdkApi(operations: OperationIR[], schemas: NamedSchemaIR[] = [], overrides: Partial<ApiIR> = {}): ApiIR {
  const sorted = [...operations].sort((a, b) => (a.path === b.path ? (a.method < b.method ? -1 : 1) : a.path < b.path ? -1 : 1));
  return buildResources(nameOperations(api({ operations: sorted, schemas, ...overrides }), 'path').ir);
}

export function diff(before: ApiIR, after: ApiIR) {
  return diffApis(before, after, { clientName: 'VoipbinClient' });
}

/** `kind bump target` per change, for compact assertions. */
export function summary(changes: SdkChange[]): string[] {
  return changes.map((change) => `${change.kind} ${change.bump} ${change.target}`);
}
