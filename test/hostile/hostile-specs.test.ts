import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, type GenerateResult } from '../../generator/index.js';
import { ensureBuilt, runCliAsync, STACK_TRACE, type CliRun } from '../e2e/run-cli.js';
import { SdkBatch } from '../support/batch-typecheck.js';
import {
  constObjectValues,
  docParts,
  findDeclaration,
  identifiers,
  jsDocText,
  literalUnion,
  members,
  normalisedDoc,
  parseTs,
  propertyNames,
  prototypeSetters,
  stringValues,
  syntaxErrors,
} from '../support/sdk-source.js';
import { REPO_ROOT } from '../support/shared.js';

/**
 * The hostile-spec fixtures: each generates an SDK that type-checks under
 * the strict settings, or is refused, exactly as test/fixtures/hostile/manifest.json says.
 */
const FIXTURES = join(REPO_ROOT, 'test/fixtures/hostile');
/** Spec strings carry this canary into every context; it must never become code. */
const CANARY = 'INJECTED';

interface Expectation {
  covers: string;
  outcome: 'generate' | 'refuse';
  diagnostics: string[];
}
const manifest = JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8')) as Record<string, Expectation | string>;
const expectations = Object.entries(manifest).filter((entry): entry is [string, Expectation] => typeof entry[1] === 'object');
const refusedFixtures = expectations.filter(([, expected]) => expected.outcome === 'refuse').map(([file]) => file);

const tmp = mkdtempSync(join(tmpdir(), 'sdkgen-hostile-'));
const batch = new SdkBatch(join(tmp, 'sdks'));
const results = new Map<string, GenerateResult | Error>();
const cliRuns = new Map<string, { run: CliRun; out: string }>();
let typeErrors = new Map<string, string[]>();

beforeAll(async () => {
  ensureBuilt();
  // The CLI runs are separate processes: start them first, they overlap the in-process generation.
  const cli = Promise.all(
    refusedFixtures.map(async (file) => {
      const out = join(tmp, `cli-${file}`);
      cliRuns.set(file, { run: await runCliAsync(['generate', '--spec', join(FIXTURES, file), '--out', out]), out });
    }),
  );
  for (const [file] of expectations) {
    try {
      const result = await generate({ spec: join(FIXTURES, file), cwd: tmp });
      results.set(file, result);
      if (result.ok) batch.add(file.replace(/\.\w+$/, ''), result.files);
    } catch (error) {
      results.set(file, error as Error);
    }
  }
  typeErrors = batch.typecheck().errors;
  await cli;
}, 300_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const reportedCodes = (result: GenerateResult) =>
  [...new Set(result.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code))].sort();

describe('hostile specs (test/fixtures/hostile)', () => {
  it('every fixture has an expected outcome, and every expectation a fixture', () => {
    const files = readdirSync(FIXTURES).filter((file) => file !== 'manifest.json').sort();
    expect(expectations.map(([file]) => file).sort()).toEqual(files);
  });

  describe.each(expectations)('%s', (file, expected) => {
    const result = () => {
      const found = results.get(file);
      if (found instanceof Error) throw new Error(`generate() crashed on ${file}: ${found.stack}`);
      return found as GenerateResult;
    };

    it(`${expected.outcome === 'generate' ? 'generates' : 'is refused'}, reporting exactly ${expected.diagnostics.join(', ') || 'no warnings'}`, () => {
      const got = result();
      expect(got.ok, got.diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message.slice(0, 300)}`).join('\n')).toBe(expected.outcome === 'generate');
      expect(reportedCodes(got)).toEqual([...expected.diagnostics].sort());
    });

    it('every warning or error names its JSON pointer or file and line', () => {
      for (const diagnostic of result().diagnostics.filter((d) => d.severity !== 'info')) {
        expect(diagnostic.pointer ?? diagnostic.line, diagnostic.message).toBeDefined();
        if (diagnostic.pointer) expect(diagnostic.line, `${diagnostic.code} at ${diagnostic.pointer} has no line`).toBeGreaterThan(0);
      }
    });

    if (expected.outcome === 'generate') {
      it(`parses, no spec string became code (no identifier holds "${CANARY}"), no object literal sets a prototype`, () => {
        const got = result();
        if (!got.ok) throw new Error('not generated');
        for (const file of got.files.filter((f) => f.path.endsWith('.ts'))) {
          const source = parseTs(file);
          expect(syntaxErrors(source)).toEqual([]);
          expect(identifiers(source).filter((name) => name.includes(CANARY)), file.path).toEqual([]);
          expect(prototypeSetters(source), file.path).toEqual([]);
        }
      });

      it('type-checks under the strict settings', () => {
        expect(typeErrors.get(file.replace(/\.\w+$/, '')) ?? []).toEqual([]);
      });
    } else {
      it('the CLI exits 1, says where to look, writes nothing', () => {
        const { run, out } = cliRuns.get(file)!;
        expect(run.status, run.stderr).toBe(1);
        expect(run.stderr).not.toMatch(STACK_TRACE);
        expect(run.stderr).toContain(`at ${join(FIXTURES, file)}:`);
        expect(existsSync(out)).toBe(false);
      });
    }
  });

  it('nothing outside the SDKs failed to type-check (shared runtime, config)', () => {
    expect(typeErrors.get('(runtime or config)') ?? []).toEqual([]);
  });
});

describe('injection-strings.json: every hostile string reaches the SDK as the same value', () => {
  const spec = JSON.parse(readFileSync(join(FIXTURES, 'injection-strings.json'), 'utf8'));
  const schemas = spec.components.schemas;
  const source = (path: string) => {
    const result = results.get('injection-strings.json');
    if (!result || result instanceof Error || !result.ok) throw new Error('injection-strings.json was not generated');
    const file = result.files.find((candidate) => candidate.path === path);
    if (!file) throw new Error(`no ${path}`);
    return parseTs(file);
  };
  const docOf = (path: string, name: string, member?: string) => {
    const file = source(path);
    const node = member === undefined ? findDeclaration(file, name) : members(file, name).find((m) => m.name === member)?.node;
    return docParts(node ? (jsDocText(file, node)[0] ?? '') : '');
  };

  it('enum values, as the union type and as the const object', () => {
    const models = source('src/models.ts');
    expect(literalUnion(models, 'Hostile')).toEqual(schemas.Hostile.enum);
    expect(constObjectValues(models, 'Hostile')).toEqual(schemas.Hostile.enum);
    expect(constObjectValues(models, 'HostileNamed')).toEqual(schemas.HostileNamed.enum);
    expect(literalUnion(models, 'HostileNumbers')).toEqual(schemas.HostileNumbers.enum);
  });

  it('property names', () => {
    expect(propertyNames(source('src/models.ts'), 'Payload')).toEqual(Object.keys(schemas.Payload.properties));
  });

  it('descriptions and defaults, from the JSDoc after un-escaping', () => {
    const hostile = docOf('src/models.ts', 'Hostile');
    expect(hostile.description).toBe(normalisedDoc(schemas.Hostile.description));
    expect(JSON.parse(hostile.tags.find((tag) => tag.tag === 'default')?.body ?? 'null')).toBe(schemas.Hostile.default);
    for (const [name, property] of Object.entries(schemas.Payload.properties as Record<string, { description?: string; default?: unknown }>)) {
      const doc = docOf('src/models.ts', 'Payload', name);
      expect(doc.description, name).toBe(normalisedDoc(property.description ?? ''));
      if (property.default !== undefined) expect(JSON.parse(doc.tags.find((tag) => tag.tag === 'default')?.body ?? 'null'), name).toEqual(property.default);
    }
  });

  it('the server URL, parameter names and the path', () => {
    const server = spec.servers[0];
    const url = server.url.replace('{host}', server.variables.host.default);
    expect(stringValues(source('src/client.ts'))).toContain(url);
    const [path, item] = Object.entries(spec.paths).find(([candidate]) => candidate.startsWith('/things')) as [string, { post: { parameters: { name: string }[] } }];
    const strings = stringValues(source('src/resources/things.ts'));
    for (const parameter of item.post.parameters) expect(strings).toContain(parameter.name);
    expect(strings).toContain(path.slice(path.indexOf('}') + 1));
  });
});

describe('comment-openers.json: a string ending in a backslash, then `/*`', () => {
  it('prints the paths and the parameter name as strings, with no stray `*/` between the methods', () => {
    const result = results.get('comment-openers.json');
    if (!result || result instanceof Error || !result.ok) throw new Error('comment-openers.json was not generated');
    const file = result.files.find((candidate) => candidate.path === 'src/resources/things.ts');
    if (!file) throw new Error('no src/resources/things.ts');
    expect(file.contents).not.toContain('*//**');
    const strings = stringValues(parseTs(file));
    expect(strings).toContain('/*');
    expect([...strings].some((value) => value.startsWith('/things*\\'))).toBe(true);
  });
});
