import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { REPO_ROOT } from './shared.js';

const PRISM_BIN = join(REPO_ROOT, 'node_modules/@stoplight/prism-cli/dist/index.js');

/** A running `prism mock`: the OpenAPI mock server from Stoplight, not ours. */
export interface PrismServer {
  url: string;
  /** Everything Prism printed so far. */
  log(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts Prism on 127.0.0.1: in mock mode (static examples, request
 * validation on), or as a validating proxy in front of `upstream`.
 */
export async function startPrism(spec: string, options: { upstream?: string; timeoutMs?: number } = {}): Promise<PrismServer> {
  const timeoutMs = options.timeoutMs ?? 90_000;
  const port = await freePort();
  const mode = options.upstream ? ['proxy', spec, options.upstream] : ['mock', spec];
  const child: ChildProcess = spawn(process.execPath, [PRISM_BIN, ...mode, '--host', '127.0.0.1', '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  let output = '';
  const collect = (chunk: Buffer) => (output += chunk.toString('utf8'));
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Prism did not start within ${timeoutMs} ms:\n${output.slice(-2000)}`)), timeoutMs);
    const poll = setInterval(() => {
      if (output.includes('Prism is listening')) {
        clearTimeout(timer);
        clearInterval(poll);
        resolve();
      }
    }, 100);
    child.once('exit', (code) => {
      clearTimeout(timer);
      clearInterval(poll);
      reject(new Error(`Prism exited with ${code}:\n${output.slice(-2000)}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    log: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
