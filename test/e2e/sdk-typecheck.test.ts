import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SdkgenConfig } from '../../generator/index.js';
import { describeWithShared, REAL_ERRORS_RST, REAL_SPEC } from '../support/shared.js';
import { generateToTemp, typecheck } from '../support/generate-to-temp.js';
import { HANGUP_USAGE, positiveUsage, writeUsage } from '../support/reasons-usage.js';

const STRICT_FLAGS = ['"strict": true', '"noUncheckedIndexedAccess": true', '"exactOptionalPropertyTypes": true'];


function checkSdk(label: string, config: () => SdkgenConfig) {
  let dir = '';
  beforeAll(async () => {
    dir = await generateToTemp(config());
    // Compiled with the SDK: proves reason narrowing (and that misspellings fail) under the strict settings.
    writeUsage(dir, 'reasons-usage.ts', positiveUsage(HANGUP_USAGE));
  }, 120_000);

  it(`${label}: the generated tsconfig has the strict settings`, () => {
    const tsconfig = readFileSync(join(dir, 'tsconfig.json'), 'utf8');
    for (const flag of STRICT_FLAGS) expect(tsconfig).toContain(flag);
  });

  for (const version of ['5.9', '6.0'] as const) {
    it(`${label}: type-checks with zero errors on TypeScript ${version}, reason narrowing included`, () => {
      const result = typecheck(dir, version);
      expect(result.output).toBe('');
      expect(result.status).toBe(0);
    }, 120_000);
  }
}

describe('SDK from the embedded example spec (and its reasons catalog)', () => {
  checkSdk('example', () => ({}));
});

describeWithShared('SDK from the real VoIPBIN spec with restful_api_errors.rst', () => {
  checkSdk('real', () => ({ spec: REAL_SPEC, reasons: [REAL_ERRORS_RST] }));
});
