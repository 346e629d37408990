import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../e2e/run-cli.js';
import { REPO_ROOT } from '../support/shared.js';

/** A copy of the built package (dist/generator, templates, package.json), so the test may edit and re-record it. */
const root = mkdtempSync(join(tmpdir(), 'sdkgen-build-'));
type BuildModule = typeof import('../../generator/incremental/generator-build.js');
let build: BuildModule;

beforeAll(async () => {
  ensureBuilt();
  cpSync(join(REPO_ROOT, 'dist/generator'), join(root, 'dist/generator'), { recursive: true });
  cpSync(join(REPO_ROOT, 'templates'), join(root, 'templates'), { recursive: true });
  cpSync(join(REPO_ROOT, 'package.json'), join(root, 'package.json'));
  build = (await import(pathToFileURL(join(root, 'dist/generator/incremental/generator-build.js')).href)) as BuildModule;
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the generator build id', () => {
  it('npm run build records the code hash, and the id from the record equals the id from reading the code', () => {
    const record = join(root, 'dist/generator', build.BUILD_RECORD);
    expect(JSON.parse(readFileSync(record, 'utf8'))).toEqual({ code: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const fromRecord = build.generatorBuild('1.0.0');
    rmSync(record);
    expect(build.generatorBuild('1.0.0')).toBe(fromRecord);
    build.recordBuild();
    expect(build.generatorBuild('1.0.0')).toBe(fromRecord);
  });

  it('changes with a template edit (read every run) and with a rebuilt code change (re-recorded)', () => {
    const before = build.generatorBuild('1.0.0');
    writeFileSync(join(root, 'templates/sdk/README.md.hbs'), `${readFileSync(join(root, 'templates/sdk/README.md.hbs'), 'utf8')}\nedited\n`);
    const afterTemplate = build.generatorBuild('1.0.0');
    expect(afterTemplate).not.toBe(before);
    writeFileSync(join(root, 'dist/generator/extra.js'), 'export {};\n');
    build.recordBuild();
    expect(build.generatorBuild('1.0.0')).not.toBe(afterTemplate);
  });
});
