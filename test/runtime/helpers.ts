import { afterAll, beforeEach } from 'vitest';
import { ClientCore, type TransportHooks } from '../../templates/runtime/client-core.js';
import type { Logger } from '../../templates/runtime/logger.js';
import type { ClientOptions } from '../../templates/runtime/options.js';
import { FaultServer } from './fault-server.js';

/** Starts a fault server for the calling test file; its script is cleared before each test. */
export async function serverForThisFile(): Promise<FaultServer> {
  const server = await FaultServer.start();
  beforeEach(() => server.script());
  afterAll(() => server.close());
  return server;
}

/** One logger call. */
export interface LogLine {
  level: string;
  message: string;
  args: unknown[];
}

/** A logger that keeps every call, for assertions. */
export function recordingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const record = (level: string) => (message: string, ...args: unknown[]) => {
    lines.push({ level, message, args });
  };
  return { lines, debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') };
}

/**
 * A client against `server`. Retry waits take no time and are recorded in
 * `delays`; jitter is fixed at 0.5, so backoff waits are exactly half their ceiling.
 */
export function testClient(server: FaultServer, options: ClientOptions = {}, hooks: TransportHooks = {}) {
  const delays: number[] = [];
  const core = new ClientCore(
    { logLevel: 'off', ...options },
    { baseURL: server.url, userAgent: 'voipbin-test/0.0.0' },
    {
      sleep: async (ms) => {
        delays.push(ms);
      },
      random: () => 0.5,
      ...hooks,
    },
  );
  return { core, delays };
}
