import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateToTemp, typecheck } from '../support/generate-to-temp.js';
import { HANGUP_USAGE, negativeUsage, writeUsage } from '../support/reasons-usage.js';

// The positive side (narrowing inside hasReason/isErrorOf, misspellings under @ts-expect-error) is
// compiled with every SDK in sdk-typecheck.test.ts, on TypeScript 5.9 and 6.0.
describe('typed error reasons in the example SDK (tsc 5.9, strict)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await generateToTemp();
  }, 120_000);

  it('reports a misspelled reason literal as a type error at that call', () => {
    const usage = writeUsage(dir, 'negative.ts', negativeUsage(HANGUP_USAGE));
    const result = typecheck(dir, '5.9');
    rmSync(usage);
    expect(result.status).not.toBe(0);
    const errors = result.output.split('\n').filter((line) => line.includes('error TS'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`src/usage/negative.ts(4,27): error TS2345: Argument of type '"CALL_NOT_FOUNX"' is not assignable to parameter of type 'ErrorReason'.`);
  }, 120_000);
});

describe('an SDK without a reason catalog', () => {
  it('has no reasons module and still type-checks', async () => {
    const dir = await generateToTemp({ reasons: [], spec: 'examples/voipbin/openapi.yaml' });
    expect(existsSync(join(dir, 'src/reasons.ts'))).toBe(false);
    const calls = readFileSync(join(dir, 'src/resources/calls.ts'), 'utf8');
    expect(calls).not.toContain('reasons.js');
    expect(calls).toContain('hangup(id: string, options?: RequestOptions): ApiPromise<CallManagerCall> {');
    const result = typecheck(dir, '5.9');
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  }, 120_000);
});
