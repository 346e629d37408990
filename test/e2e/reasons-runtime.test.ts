import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateToTemp, TSC } from '../support/generate-to-temp.js';
import { REPO_ROOT } from '../support/shared.js';

const FIXTURES = join(REPO_ROOT, 'test/fixtures/reasons');
const CATALOG = JSON.parse(readFileSync(join(FIXTURES, 'collisions-catalog.json'), 'utf8')) as { reasons: { reason: string; description: string; fix?: string }[] };

/** The parts of the built SDK this test calls. */
interface BuiltSdk {
  VoipbinClient: new (options: Record<string, unknown>) => {
    calls: { get(id: string): Promise<unknown>; hangup(id: string): Promise<unknown> };
    files: { getFile(id: string): Promise<unknown> };
  };
  reasonInfo(reason: string | undefined): { http: number; description: string; fix?: string; retryable: boolean } | undefined;
  isRetryableReason(reason: string): boolean | undefined;
  hasReason(error: unknown, reason: string): boolean;
  isErrorOf(error: unknown, operation: string): boolean;
  isErrorWithReason(error: unknown, reason: string): boolean;
}

/**
 * An SDK generated from a spec whose schemas take the reasons module's names
 * (ErrorReason, GenericErrorReason, OperationErrorReasons) and a catalog with
 * hostile text, compiled by tsc and then run: the generated reasons code, not
 * a copy of it, is what these tests call.
 */
describe('the generated reasons module, compiled and run', () => {
  let sdk: BuiltSdk;
  let dir = '';
  beforeAll(async () => {
    dir = await generateToTemp({ spec: join(FIXTURES, 'collisions-spec.yaml'), reasons: [join(FIXTURES, 'collisions-catalog.json')] });
    const build = spawnSync(process.execPath, [TSC['5.9'], '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    expect(build.stdout + build.stderr).toBe('');
    sdk = (await import(pathToFileURL(join(dir, 'dist/index.js')).href)) as BuiltSdk;
  }, 120_000);

  it('gives way to schema names instead of shadowing them', () => {
    const reasons = readFileSync(join(dir, 'src/reasons.ts'), 'utf8');
    expect(reasons).toContain('export const ErrorReason2 = {');
    expect(reasons).toContain("export type GenericErrorReason2 = 'RATE_LIMIT_EXCEEDED' | 'SERVICE_UNAVAILABLE';");
    // The catalog group called "Generic" is not the generic one; it gets the next free name.
    expect(reasons).toContain("export type GenericErrorReason3 = 'CALL_ALREADY_HANGUP' | 'CALL_NOT_FOUND';");
    expect(reasons).toContain('export interface OperationErrorReasons2 {');
  });

  it('keeps hostile catalog text intact in data and inert in comments', () => {
    for (const entry of CATALOG.reasons) {
      expect(sdk.reasonInfo(entry.reason)?.description).toBe(entry.description);
      expect(sdk.reasonInfo(entry.reason)?.fix).toBe(entry.fix);
    }
    const reasons = readFileSync(join(dir, 'src/reasons.ts'), 'utf8');
    expect(reasons).toContain("Ends here *\\/ console.log('pwned'); /\\* and \\@deprecated");
    const commentLines = reasons.split('\n').filter((line) => /^\s*\*\s/.test(line));
    expect(commentLines.filter((line) => line.includes('*/'))).toEqual([]);
  });

  it('answers reasonInfo and isRetryableReason from the catalog, undefined for unknown reasons', () => {
    expect(sdk.reasonInfo('CALL_NOT_FOUND')).toMatchObject({ http: 404, retryable: false });
    expect(sdk.reasonInfo('toString')).toBeUndefined();
    expect(sdk.reasonInfo(undefined)).toBeUndefined();
    expect(sdk.isRetryableReason('SERVICE_UNAVAILABLE')).toBe(true);
    expect(sdk.isRetryableReason('RATE_LIMIT_EXCEEDED')).toBe(true);
    expect(sdk.isRetryableReason('SIGNING_NOT_CONFIGURED')).toBe(false);
    expect(sdk.isRetryableReason('FILES_BUSY')).toBe(true);
    expect(sdk.isRetryableReason('STORAGE_DOWN')).toBe(false);
    expect(sdk.isRetryableReason('A_REASON_FROM_THE_FUTURE')).toBeUndefined();
    expect(sdk.isRetryableReason('__proto__')).toBeUndefined();
  });

  /** A client whose fetch answers every attempt with `status` and `reason`; returns the error and the attempt count. */
  async function failWith(status: number, reason: string, call: (client: InstanceType<BuiltSdk['VoipbinClient']>) => Promise<unknown>) {
    let attempts = 0;
    const fetch = async () => {
      attempts += 1;
      return new Response(JSON.stringify({ error: { status: 'X', reason, message: 'm' } }), { status, headers: { 'content-type': 'application/json' } });
    };
    const client = new sdk.VoipbinClient({ token: 't', fetch, maxRetries: 1, logLevel: 'off' });
    const error = await call(client).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    return { error, attempts };
  }

  it('narrows by operation and reason at run time', async () => {
    const { error, attempts } = await failWith(409, 'CALL_ALREADY_HANGUP', (client) => client.calls.hangup('c1'));
    expect(attempts).toBe(1);
    expect(error).toMatchObject({ operation: 'calls.hangup', reason: 'CALL_ALREADY_HANGUP', status: 409 });
    expect(sdk.isErrorOf(error, 'calls.hangup')).toBe(true);
    expect(sdk.isErrorOf(error, 'calls.get')).toBe(false);
    expect(sdk.hasReason(error, 'CALL_ALREADY_HANGUP')).toBe(true);
    expect(sdk.hasReason(error, 'CALL_NOT_FOUND')).toBe(false);
    expect(sdk.isErrorOf(new Error('x'), 'calls.hangup')).toBe(false);
  });

  it('accepts a reason the SDK has never heard of', async () => {
    const { error } = await failWith(404, 'A_REASON_FROM_THE_FUTURE', (client) => client.calls.get('c1'));
    expect(error).toMatchObject({ reason: 'A_REASON_FROM_THE_FUTURE', operation: 'calls.get', retryable: false });
    expect(sdk.isErrorOf(error, 'calls.get')).toBe(true);
    expect(sdk.hasReason(error, 'CALL_NOT_FOUND')).toBe(false);
    expect(sdk.isErrorWithReason(error, 'A_REASON_FROM_THE_FUTURE')).toBe(true);
    expect(sdk.reasonInfo((error as { reason: string }).reason)).toBeUndefined();
  });

  it('retries as the catalog says: the generated client hands its table to the runtime', async () => {
    const attempts = async (status: number, reason: string) => (await failWith(status, reason, (client) => client.files.getFile('f1'))).attempts;
    expect(await attempts(503, 'SIGNING_NOT_CONFIGURED')).toBe(1);
    expect(await attempts(503, 'STORAGE_DOWN')).toBe(1);
    expect(await attempts(503, 'SERVICE_UNAVAILABLE')).toBe(2);
    expect(await attempts(409, 'FILES_BUSY')).toBe(2);
    expect(await attempts(503, 'A_REASON_FROM_THE_FUTURE')).toBe(2);
    expect(await attempts(409, 'A_REASON_FROM_THE_FUTURE')).toBe(1);
  });
});
