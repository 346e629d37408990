import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { precompiledSpec } from '../../generator/emit/templates.js';
import { REPO_ROOT } from '../support/shared.js';

const README = join(REPO_ROOT, 'templates/sdk/README.md.hbs');

// `npm test` builds first, so dist/ holds the precompiled templates. The SDK snapshots render through them; the
// override tests (hooks-and-overrides) through the compiler.
describe('precompiled templates (dist/precompiled-templates.cjs)', () => {
  it('exist for the built-in templates, for their current text only', () => {
    const source = readFileSync(README, 'utf8');
    expect(precompiledSpec(README, source)).toBeDefined();
    expect(precompiledSpec(README, `${source}edited\n`)).toBeUndefined();
    expect(precompiledSpec(join(REPO_ROOT, 'elsewhere/README.md.hbs'), source)).toBeUndefined();
  });
});
