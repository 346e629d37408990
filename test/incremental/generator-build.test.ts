import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
/** The copy's build id before any test edits it. */
let pristine: string;

beforeAll(async () => {
  ensureBuilt();
  cpSync(join(REPO_ROOT, 'dist/generator'), join(root, 'dist/generator'), { recursive: true });
  cpSync(join(REPO_ROOT, 'templates'), join(root, 'templates'), { recursive: true });
  cpSync(join(REPO_ROOT, 'package.json'), join(root, 'package.json'));
  // The build id includes the version of the prettier the copy would run with.
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  build = (await import(pathToFileURL(join(root, 'dist/generator/incremental/generator-build.js')).href)) as BuildModule;
  pristine = build.generatorBuild('1.0.0');
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

  it('changes with the version of prettier it runs with', async () => {
    const other = join(root, 'other-prettier');
    for (const part of ['dist/generator', 'templates', 'package.json']) cpSync(join(REPO_ROOT, part), join(other, part), { recursive: true });
    mkdirSync(join(other, 'node_modules/prettier'), { recursive: true });
    writeFileSync(join(other, 'node_modules/prettier/package.json'), JSON.stringify({ name: 'prettier', version: '0.0.1', type: 'module', exports: { '.': './index.mjs' } }));
    writeFileSync(join(other, 'node_modules/prettier/index.mjs'), 'export {};\n');
    const withOther = (await import(pathToFileURL(join(other, 'dist/generator/incremental/generator-build.js')).href)) as BuildModule;
    expect(withOther.generatorBuild('1.0.0')).not.toBe(pristine);
  });
});
