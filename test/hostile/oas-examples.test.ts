import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/index.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { SdkBatch } from '../support/batch-typecheck.js';
import { REPO_ROOT } from '../support/shared.js';

/**
 * Every OpenAPI 3.x document of @readme/oas-examples (a public collection of
 * edge cases) generates an SDK that type-checks under the strict settings,
 * or is refused for a reason listed here.
 */
const COLLECTION = join(REPO_ROOT, 'node_modules/@readme/oas-examples');

/** Documents we refuse, with the diagnostic and why that is right. */
const REFUSED: Record<string, { code: string; why: string }> = {
  '3.1/json/webhooks.json': { code: 'spec-no-paths', why: 'webhooks only, no paths: a client has no endpoint to call' },
  '3.1/yaml/webhooks.yaml': { code: 'spec-no-paths', why: 'the YAML twin of webhooks.json' },
};

const documents = (readdirSync(COLLECTION, { recursive: true }) as string[])
  .map((file) => file.split('\\').join('/'))
  .filter((file) => /^3\.[01]\/(json|yaml)\/.+\.(json|yaml)$/.test(file))
  .sort();

const batch = new SdkBatch(join(tmpdir(), `sdkgen-oas-examples-${process.pid}`));
const refused = new Map<string, string[]>();
/** A document whose canonical form equals an earlier one (most YAML files are twins of a JSON file) is not generated twice. */
const sameAs = new Map<string, string>();
let typeErrors = new Map<string, string[]>();

beforeAll(async () => {
  const byHash = new Map<string, string>();
  for (const file of documents) {
    const loaded = await loadSpec(join(COLLECTION, file));
    const earlier = loaded.ok ? byHash.get(loaded.spec.hash) : undefined;
    if (earlier) {
      sameAs.set(file, earlier);
      continue;
    }
    if (loaded.ok) byHash.set(loaded.spec.hash, file);
    const result = await generate({ spec: join(COLLECTION, file), cwd: COLLECTION });
    if (!result.ok) {
      refused.set(file, result.diagnostics.filter((d) => d.severity === 'fatal' || d.severity === 'error').map((d) => d.code));
      continue;
    }
    batch.add(file.replace(/[^\w.-]/g, '_'), result.files);
  }
  typeErrors = batch.typecheck().errors;
}, 240_000);

describe('@readme/oas-examples: every OpenAPI 3.x document', () => {
  it('the collection is there and holds both 3.0 and 3.1 documents', () => {
    expect(documents.filter((file) => file.startsWith('3.0/')).length).toBeGreaterThan(40);
    expect(documents.filter((file) => file.startsWith('3.1/')).length).toBeGreaterThan(10);
  });

  it('is generated, or refused only where listed, with the listed diagnostic', () => {
    const expected = Object.fromEntries(Object.entries(REFUSED).map(([file, { code }]) => [file, [code]]));
    expect(Object.fromEntries(refused)).toEqual(expected);
  });

  it('type-checks under the strict settings, all SDKs in one tsc program', () => {
    expect(batch.names.length + refused.size + sameAs.size).toBe(documents.length);
    expect(batch.names.length).toBeGreaterThan(50);
    expect(Object.fromEntries(typeErrors)).toEqual({});
  });
});
