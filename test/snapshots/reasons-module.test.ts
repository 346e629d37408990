import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/index.js';

describe('emitted reasons module', () => {
  it('example spec + examples/voipbin/reasons.rst → src/reasons.ts', async () => {
    const result = await generate();
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
    const reasons = result.files.find((file) => file.path === 'src/reasons.ts');
    expect(reasons, 'src/reasons.ts is generated').toBeDefined();
    await expect(reasons?.contents).toMatchFileSnapshot('./__snapshots__/example/src/reasons.ts');
  });
});
