// Per-request overhead of the generated SDK against raw fetch, both calling a local node:http server on 127.0.0.1.
// Usage: node bench/client-overhead.mjs [--sdk <generated SDK folder>] [--requests 2000] [--quick]
// Without --sdk it generates one from the VoIPBIN spec first. Run from run.mjs it uses the SDK that run generated.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { sharedDir } from './lib/specs.mjs';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = resolve(benchDir, '..');
const PAGE_SIZE = 10;
const BLOCK = 250;

function call(id) {
  return { id, type: 'sip', status: 'progressing', direction: 'outgoing', source: { type: 'tel', target: '+15551230000' }, destination: { type: 'tel', target: '+15551239999' }, tm_create: '2024-01-01T00:00:00.000Z' };
}

/** GET /calls/{id} → one call; GET /calls → `pages` pages of PAGE_SIZE calls linked by next_page_token. */
function startServer(pages) {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    let body;
    if (url.pathname === '/calls') {
      const page = Number(url.searchParams.get('page_token') ?? '0');
      const items = Array.from({ length: PAGE_SIZE }, (_, index) => call(`call-${page}-${index}`));
      body = { result: items, next_page_token: page + 1 < pages ? String(page + 1) : '' };
    } else {
      body = call(decodeURIComponent(url.pathname.split('/').pop()));
    }
    const text = JSON.stringify(body);
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    response.end(text);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Compiles the generated SDK's TypeScript into one ES module this process can import. */
async function loadSdk(sdkDir, workDir) {
  const esbuild = await import(createRequire(join(benchDir, 'package.json')).resolve('esbuild'));
  const outfile = join(workDir, 'sdk.mjs');
  await esbuild.build({ entryPoints: [join(sdkDir, 'src/index.ts')], bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile, logLevel: 'silent' });
  return import(pathToFileURL(outfile).href);
}

async function timeBlock(count, fn) {
  const started = performance.now();
  for (let i = 0; i < count; i++) await fn(i);
  return performance.now() - started;
}

/** @returns {Promise<{ requests: number, pages: number, rawMicros: number, sdkMicros: number, ratio: number, listRawMs: number, listSdkMs: number, listRatio: number }>} */
export async function measureClientOverhead({ sdkDir, requests = 2000, pages = 20, listRuns = 20, workDir, log = () => {} }) {
  mkdirSync(workDir, { recursive: true });
  const { VoipbinClient } = await loadSdk(sdkDir, workDir);
  const server = await startServer(pages);
  const baseURL = `http://127.0.0.1:${server.address().port}`;
  const headers = { authorization: 'Bearer token', accept: 'application/json' };
  const client = new VoipbinClient({ baseURL, token: 'token', maxRetries: 0 });
  const raw = async (i) => {
    const response = await fetch(`${baseURL}/calls/${encodeURIComponent(`id-${i}`)}`, { headers });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  };
  const sdk = (i) => client.calls.get(`id-${i}`);
  const rawList = async () => {
    let token = '';
    let seen = 0;
    do {
      const query = `page_size=${PAGE_SIZE}${token ? `&page_token=${token}` : ''}`;
      const response = await fetch(`${baseURL}/calls?${query}`, { headers });
      const page = await response.json();
      seen += page.result.length;
      token = page.next_page_token;
    } while (token);
    return seen;
  };
  const sdkList = async () => {
    let seen = 0;
    for await (const item of client.calls.list({ pageSize: PAGE_SIZE })) if (item) seen++;
    return seen;
  };
  try {
    if ((await rawList()) !== (await sdkList())) throw new Error('raw fetch and the SDK walked a different number of items');
    await timeBlock(200, raw);
    await timeBlock(200, sdk);
    let rawMs = 0;
    let sdkMs = 0;
    for (let done = 0; done < requests; done += BLOCK) {
      const count = Math.min(BLOCK, requests - done);
      rawMs += await timeBlock(count, raw);
      sdkMs += await timeBlock(count, sdk);
    }
    let listRawMs = 0;
    let listSdkMs = 0;
    for (let run = 0; run < listRuns; run++) {
      listRawMs += await timeBlock(1, rawList);
      listSdkMs += await timeBlock(1, sdkList);
    }
    const result = {
      requests,
      pages,
      pageSize: PAGE_SIZE,
      listRuns,
      rawMicros: (rawMs * 1000) / requests,
      sdkMicros: (sdkMs * 1000) / requests,
      ratio: sdkMs / rawMs,
      listRawMs: listRawMs / listRuns,
      listSdkMs: listSdkMs / listRuns,
      listRatio: listSdkMs / listRawMs,
    };
    log(`  client overhead: GET ${result.sdkMicros.toFixed(0)} µs (SDK) vs ${result.rawMicros.toFixed(0)} µs (raw fetch), ratio ${result.ratio.toFixed(2)}; list of ${pages} pages ${result.listSdkMs.toFixed(1)} ms vs ${result.listRawMs.toFixed(1)} ms, ratio ${result.listRatio.toFixed(2)}`);
    return result;
  } finally {
    server.close();
    server.closeAllConnections?.();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { sdk: { type: 'string' }, requests: { type: 'string' }, quick: { type: 'boolean' } } });
  const workDir = join(benchDir, '.cache/client-overhead');
  let sdkDir = values.sdk && resolve(values.sdk);
  if (!sdkDir) {
    sdkDir = join(workDir, 'sdk');
    rmSync(sdkDir, { recursive: true, force: true });
    const voipbin = join(sharedDir(repoRoot), 'voipbin');
    const made = spawnSync(process.execPath, [join(repoRoot, 'bin/voipbin-sdkgen.js'), 'generate', '--spec', join(voipbin, 'openapi.json'), '--out', sdkDir, '--no-format'], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`could not generate the SDK (build first: npm run build):\n${made.stderr}`);
  }
  const requests = Number(values.requests ?? (values.quick ? 500 : 2000));
  await measureClientOverhead({ sdkDir, requests, workDir, log: console.log });
}
