/**
 * Every operation of the SDK generated from the real spec, called against
 * Stoplight's Prism (mock mode, request validation on) with arguments built
 * from the spec's own examples. Prism reports request violations in the
 * `sl-violations` header; there must be none, and every 2xx must parse.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generate, writeOutput } from '../../generator/index.js';
import { sdkSurface, type SdkMethod } from '../../generator/diff/sdk-surface.js';
import { startPrism, type PrismServer } from '../support/prism.js';
import { describeWithShared, REAL_ERRORS_RST, REAL_SPEC } from '../support/shared.js';
import { SpecExamples } from '../support/spec-examples.js';

/**
 * Operations Prism cannot serve, with the reason. The test fails if one of
 * these starts passing (the list must stay true) or if any other fails.
 */
const PRISM_CANNOT_SERVE: Record<string, string> = {
  'GET /ws':
    'a WebSocket upgrade; the spec documents no success response at all (only 401 and 500), so Prism answers with its first documented response, a 401 envelope',
  'GET /service_agents/ws':
    'a WebSocket upgrade (101 Switching Protocols): Prism closes the connection instead of upgrading, and fetch cannot upgrade either',
};

interface Outcome {
  key: string;
  call: string;
  status: number | 'threw';
  /** The operation's documented answer is a 3xx. */
  redirects: boolean;
  violations: string[];
  error?: string;
}

describeWithShared('Prism mock of the real spec: every SDK operation', () => {
  let prism: PrismServer;
  let surface: SdkMethod[];
  let document: Record<string, any>;
  let sdk: Record<string, any>;
  const outcomes: Outcome[] = [];

  beforeAll(async () => {
    const [result, server] = await Promise.all([generate({ spec: REAL_SPEC, reasons: [REAL_ERRORS_RST] }), startPrism(REAL_SPEC)]);
    prism = server;
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
    const out = join(mkdtempSync(join(tmpdir(), 'sdkgen-prism-')), 'sdk');
    writeOutput(out, result.files, { cwd: tmpdir() });
    surface = [...sdkSurface(result.ir, result.config.clientName, result.config.namingHooks).methods.values()];
    document = JSON.parse(readFileSync(REAL_SPEC, 'utf8'));
    sdk = await import(join(out, 'src/index.ts'));
    const examples = new SpecExamples(document);
    for (const method of surface) outcomes.push(await callOnce(sdk, prism.url, method, examples, document));
  }, 300_000);

  afterAll(async () => {
    await prism?.stop();
  });

  it('Prism validates requests here: a body of the wrong type is reported as a violation', async () => {
    const response = await fetch(`${prism.url}/calls`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"source":5}' });
    expect(response.status).toBe(400);
    expect(response.headers.get('sl-violations')).toContain('source must be object');
  });

  it('calls all 410 operations', () => {
    expect(outcomes).toHaveLength(410);
    expect(new Set(outcomes.map((outcome) => outcome.key)).size).toBe(410);
  });

  it('Prism reports zero request violations, and every other operation returns a parsed 2xx', () => {
    const unexpected = outcomes.filter((outcome) => !(outcome.key in PRISM_CANNOT_SERVE) && !passed(outcome));
    const listedButPassing = outcomes.filter((outcome) => outcome.key in PRISM_CANNOT_SERVE && passed(outcome)).map((o) => o.key);
    const table = unexpected.map((o) => `${o.key} (${o.call}): ${o.status} ${o.violations.join('; ')} ${o.error ?? ''}`).join('\n');
    expect(table).toBe('');
    expect(listedButPassing).toEqual([]);
  });

  it('lists the operations Prism cannot serve, each with its reason', () => {
    const listed = outcomes.filter((outcome) => outcome.key in PRISM_CANNOT_SERVE);
    for (const outcome of listed) console.info(`not servable by Prism: ${outcome.key} — ${PRISM_CANNOT_SERVE[outcome.key]}`);
    expect(listed.length).toBe(Object.keys(PRISM_CANNOT_SERVE).length);
    expect(outcomes.filter(passed).length + listed.length).toBe(410);
  });
});

/** A parsed success: a 2xx, or the 3xx an operation documents as its answer (the SDK returns its target). */
function passed(outcome: Outcome): boolean {
  if (typeof outcome.status !== 'number' || outcome.violations.length > 0 || outcome.error) return false;
  return outcome.status >= 200 && outcome.status < (outcome.redirects ? 400 : 300);
}

async function callOnce(sdk: Record<string, any>, baseURL: string, method: SdkMethod, examples: SpecExamples, document: Record<string, any>): Promise<Outcome> {
  const { operation, inputs } = method;
  const accessor = method.sdkPath.split('.').slice(1);
  const key = `${operation.method.toUpperCase()} ${operation.path}`;
  const call = method.sdkPath;
  const redirects = /^3/.test(operation.success?.status ?? '');
  const seen: { status?: number; violations: string[] } = { violations: [] };
  const recordingFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    seen.status = response.status;
    const header = response.headers.get('sl-violations');
    if (header) for (const violation of JSON.parse(header) as { message: string }[]) seen.violations.push(violation.message);
    return response;
  };
  const client = new sdk.VoipbinClient({ baseURL, token: 'prism-test-token', maxRetries: 0, timeout: 20_000, fetch: recordingFetch });

  const raw = rawOperation(document, operation.path, operation.method);
  const rawParameter = (name: string, location: string) => raw.parameters.find((p) => examples.resolve(p).name === name && examples.resolve(p).in === location);
  const args: unknown[] = inputs.pathParams.map(({ parameter }) => String(examples.parameter(rawParameter(parameter.name, 'path') ?? { schema: {} })));
  const params: Record<string, unknown> = {};
  for (const field of inputs.fields) {
    const spec = rawParameter(field.parameter.name, field.parameter.in);
    if (!spec) continue; // the page token the SDK adds itself
    const resolved = examples.resolve(spec);
    if (resolved.required || resolved.example !== undefined || resolved.schema?.example !== undefined) params[field.key] = examples.parameter(spec);
  }
  if (operation.body) {
    const media = raw.requestBody ? examples.resolve(raw.requestBody).content?.[operation.body.contentType] : undefined;
    const value = bodyValue(operation.body.encoding, media ? examples.media(media) : null, media?.schema, examples);
    if (inputs.bodySpread) Object.assign(params, value);
    else params[inputs.bodyKey as string] = value;
  }
  const hasParams = inputs.fields.length > 0 || operation.body !== undefined;
  if (hasParams) args.push(params);

  let target: any = client;
  for (const name of accessor.slice(0, -1)) target = target[name];
  const fn = target[accessor[accessor.length - 1] as string];
  try {
    await fn.apply(target, args);
    return { key, call, redirects, status: seen.status ?? 'threw', violations: seen.violations };
  } catch (error) {
    return { key, call, redirects, status: seen.status ?? 'threw', violations: seen.violations, error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

function rawOperation(document: Record<string, any>, path: string, method: string): { parameters: Record<string, any>[]; requestBody?: Record<string, any> } {
  const item = document.paths[path] ?? {};
  const op = item[method] ?? {};
  return { parameters: [...(item.parameters ?? []), ...(op.parameters ?? [])], requestBody: op.requestBody };
}

/** A multipart body's binary fields become Blobs; a binary body a Blob; text a string. */
function bodyValue(encoding: string, example: unknown, schema: Record<string, any> | undefined, examples: SpecExamples): unknown {
  if (encoding === 'binary') return new Blob([new Uint8Array([0x52, 0x49, 0x46, 0x46])], { type: 'application/octet-stream' });
  if (encoding === 'text') return typeof example === 'string' ? example : 'hello';
  if (encoding !== 'multipart' || !schema) return example;
  const resolved = examples.resolve(schema);
  const value: Record<string, unknown> = { ...(example as Record<string, unknown>) };
  for (const [name, property] of Object.entries<Record<string, any>>(resolved.properties ?? {})) {
    const prop = examples.resolve(property);
    const isBinary = prop.format === 'binary' || examples.resolve(prop.items).format === 'binary';
    if (isBinary) value[name] = prop.type === 'array' ? [new Blob(['hello'], { type: 'text/plain' })] : new Blob(['hello'], { type: 'text/plain' });
  }
  return value;
}
