import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/index.js';
import { REPO_ROOT } from '../support/shared.js';

describe('generate() with error-reason catalogs', () => {
  it('attaches the embedded example catalog: every published row, scoped to its operations', async () => {
    const result = await generate();
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
    const rst = readFileSync(join(REPO_ROOT, 'examples/voipbin/reasons.rst'), 'utf8');
    const rows = [...rst.matchAll(/^\s*\* - ``([A-Z0-9_]+)``/gm)].map((match) => match[1]).sort();
    expect(result.ir.errors.reasons.map((reason) => reason.reason)).toEqual(rows);
    const hangup = result.ir.operations.find((operation) => operation.method === 'post' && operation.path === '/calls/{id}/hangup');
    expect(hangup?.reasons).toContain('CALL_ALREADY_HANGUP');
    const calls = result.files.find((file) => file.path === 'src/resources/calls.ts')?.contents ?? '';
    expect(calls).toMatch(/@remarks\n\s*\* Error reasons, besides the generic ones \(`GenericErrorReason`\):\n\s*\* - `CALL_ALREADY_HANGUP` \(409\): Treat it as success/);
  });

  it('stops with a diagnostic naming a catalog file that cannot be read', async () => {
    const result = await generate({ reasons: ['does-not-exist.rst'], cwd: REPO_ROOT });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => `${d.severity} ${d.message}`).join('\n')).toMatch(/error .*does-not-exist\.rst/);
  });
});
