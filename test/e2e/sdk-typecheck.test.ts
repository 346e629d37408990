import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeWithShared, REAL_SPEC } from '../support/shared.js';
import { generateToTemp, typecheck } from '../support/generate-to-temp.js';

const STRICT_FLAGS = ['"strict": true', '"noUncheckedIndexedAccess": true', '"exactOptionalPropertyTypes": true'];

function checkSdk(label: string, spec: () => string | undefined) {
  let dir = '';
  beforeAll(async () => {
    const path = spec();
    dir = await generateToTemp(path === undefined ? {} : { spec: path });
  }, 120_000);

  it(`${label}: the generated tsconfig has the strict settings`, () => {
    const tsconfig = readFileSync(join(dir, 'tsconfig.json'), 'utf8');
    for (const flag of STRICT_FLAGS) expect(tsconfig).toContain(flag);
  });

  for (const version of ['5.9', '6.0'] as const) {
    it(`${label}: type-checks with zero errors on TypeScript ${version}`, () => {
      const result = typecheck(dir, version);
      expect(result.output).toBe('');
      expect(result.status).toBe(0);
    }, 120_000);
  }
}

describe('SDK from the embedded example spec', () => {
  checkSdk('example', () => undefined);
});

describeWithShared('SDK from the real VoIPBIN spec', () => {
  checkSdk('real', () => REAL_SPEC);
});
