import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared.js';
import { ensureBuilt, runCliAsync, STACK_TRACE, type CliRun } from './run-cli.js';

const BAD = join(REPO_ROOT, 'test/fixtures/specs/bad');
const tmp = mkdtempSync(join(tmpdir(), 'sdkgen-bad-'));
const REFUSED_URL = { url: '' };

/** Every bad spec the tests below run `generate` on. */
const SPECS = {
  yaml: join(BAD, 'invalid-yaml.yaml'),
  json: join(BAD, 'invalid-json.json'),
  dangling: join(BAD, 'dangling-ref.yaml'),
  empty: join(BAD, 'empty.yaml'),
  swagger: join(BAD, 'swagger-2.json'),
  v4: join(BAD, 'openapi-4.yaml'),
  v25: join(BAD, 'openapi-2-5.yaml'),
  noPaths: join(BAD, 'no-paths.yaml'),
  missing: join(BAD, 'does-not-exist.yaml'),
  folder: BAD,
  badPort: 'http://127.0.0.1:9/spec.json',
  refused: REFUSED_URL,
  multiFile: join(BAD, 'multi-file-syntax/openapi.yaml'),
} as const;
type Case = keyof typeof SPECS;

const runs = new Map<Case, { run: CliRun; out: string }>();

/** A localhost port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function specOf(name: Case): string {
  const spec = SPECS[name];
  return typeof spec === 'string' ? spec : spec.url;
}

beforeAll(async () => {
  ensureBuilt();
  REFUSED_URL.url = `http://127.0.0.1:${await closedPort()}/spec.json`;
  // Each run is ~1 s of module loading: start them all at once.
  await Promise.all(
    (Object.keys(SPECS) as Case[]).map(async (name) => {
      const out = join(tmp, `out-${name}`);
      runs.set(name, { run: await runCliAsync(['generate', '--spec', specOf(name), '--out', out]), out });
    }),
  );
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** What every bad input must give: exit 1, a summary, no stack trace, no output folder. Returns stderr. */
function generateFails(name: Case): string {
  const { run, out } = runs.get(name)!;
  expect(run.status, run.stderr).toBe(1);
  expect(run.stderr).not.toMatch(STACK_TRACE);
  expect(run.stderr).not.toContain('internal error');
  expect(run.stderr).toMatch(/Generation stopped: \d+ problem\(s\) to fix\./);
  expect(run.stdout).not.toContain('Generated');
  expect(existsSync(out), `${out} must not be created`).toBe(false);
  return run.stderr;
}

describe('generate with bad input: exit 1, a place to look, no stack trace, no output folder', () => {
  it('invalid YAML: names the file and the line of the error', () => {
    const file = SPECS.yaml;
    const stderr = generateFails('yaml');
    expect(stderr).toContain('fatal spec-syntax');
    // Line 11 is `summary: Lists calls: all of them` (a nested mapping in a compact one).
    expect(stderr).toContain(`Invalid YAML in ${file} at line 11,`);
    expect(stderr).toContain(`at ${file}:11`);
  });

  it('invalid JSON: names the file and the line, even where YAML would have read it', () => {
    const file = SPECS.json;
    const stderr = generateFails('json');
    // Line 7 is `"deprecated": tru,`.
    expect(stderr).toContain(`Invalid JSON in ${file} at line 7, column 26`);
    expect(stderr).toContain(`at ${file}:7`);
  });

  it('dangling ref: names the ref, its JSON pointer and file:line', () => {
    const file = SPECS.dangling;
    const stderr = generateFails('dangling');
    expect(stderr).toContain('fatal dangling-ref');
    expect(stderr).toContain('"#/components/schemas/Missing"');
    expect(stderr).toContain('#/paths/~1calls/get/responses/200/content/application~1json/schema');
    // Line 13 is the `schema:` that holds the $ref.
    expect(stderr).toContain(`at ${file}:13`);
  });

  it('empty file', () => {
    const file = SPECS.empty;
    const stderr = generateFails('empty');
    expect(stderr).toContain(`fatal spec-empty: The spec ${file} is empty`);
  });

  it('Swagger 2.0: says how to convert it', () => {
    const file = SPECS.swagger;
    const stderr = generateFails('swagger');
    expect(stderr).toContain('fatal swagger-2-unsupported');
    expect(stderr).toContain('Swagger 2.0');
    expect(stderr).toContain('npx swagger2openapi spec.json -o openapi.json');
    expect(stderr).toContain(`at ${file} (#/swagger)`);
  });

  it.each([
    ['v4', '4.0.0'],
    ['v25', '2.5'],
  ] as const)('unsupported version (%s)', (name, version) => {
    const file = SPECS[name];
    const stderr = generateFails(name);
    expect(stderr).toContain(`fatal openapi-version-unsupported: The spec ${file} declares openapi "${version}"; supported versions are 3.0.x and 3.1.x.`);
    expect(stderr).toContain(`at ${file} (#/openapi)`);
  });

  it('no paths', () => {
    const file = SPECS.noPaths;
    const stderr = generateFails('noPaths');
    expect(stderr).toContain(`fatal spec-no-paths: The spec ${file} has no "paths" object`);
    expect(stderr).toContain(`at ${file} (#/paths)`);
  });

  it('missing file', () => {
    const file = SPECS.missing;
    const stderr = generateFails('missing');
    expect(stderr).toContain(`fatal spec-unreadable: Cannot read the spec ${file}: the file does not exist.`);
  });

  it('a folder instead of a file', () => {
    const stderr = generateFails('folder');
    expect(stderr).toContain(`Cannot read the spec ${BAD}: it is a folder, not a file.`);
  });

  it('unreachable URL on port 9 (a port fetch refuses)', () => {
    const url = SPECS.badPort;
    const stderr = generateFails('badPort');
    expect(stderr).toContain(`fatal spec-unreachable: Cannot fetch the spec ${url}:`);
    expect(stderr).toContain('port 9');
    expect(stderr).toContain(`at ${url}`);
  });

  it('unreachable URL: connection refused', () => {
    const url = REFUSED_URL.url;
    const stderr = generateFails('refused');
    expect(stderr).toContain(`fatal spec-unreachable: Cannot fetch the spec ${url}: ECONNREFUSED.`);
  });

  it('a syntax error in a path file of a multi-file spec: names that file and line, once', () => {
    const pathFile = join(BAD, 'multi-file-syntax/paths/agents.yaml');
    const stderr = generateFails('multiFile');
    expect(stderr).toContain(`Invalid YAML in ${pathFile} at line 6,`);
    expect(stderr).toContain(`at ${pathFile}:6`);
    expect(stderr.match(/^fatal /gm)).toHaveLength(1);
    expect(stderr).toContain('Generation stopped: 1 problem(s) to fix.');
  });
});
