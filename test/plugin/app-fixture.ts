import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/shared.js';

/** The app's entry: it calls the generated SDK with a fake fetch and reports the request it made. */
const MAIN_TS = `import { VoipbinClient } from '../sdk/src/index.js';

export async function probe(): Promise<string> {
  let seen = '';
  const client = new VoipbinClient({
    baseURL: 'https://example.test/v1.0',
    accessKey: 'key',
    fetch: async (input, init) => {
      seen = \`\${init?.method ?? 'GET'} \${String(input)}\`;
      return new Response(JSON.stringify({ id: 'c1' }), { status: 200, headers: { 'content-type': 'application/json' } });
    },
  });
  await client.calls.hangup('c1');
  return seen;
}
`;

export interface TempApp {
  dir: string;
  /** The copy of examples/voipbin the app generates from. */
  specDir: string;
}

/** A tiny app in a temp folder with its own copy of the multi-file example spec; the SDK goes to <dir>/sdk. */
export function createTempApp(prefix: string): TempApp {
  const dir = mkdtempSync(join(tmpdir(), `sdkgen-${prefix}-`));
  const specDir = join(dir, 'spec');
  cpSync(join(REPO_ROOT, 'examples/voipbin'), specDir, { recursive: true });
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src/main.ts'), MAIN_TS);
  return { dir, specDir };
}

/** What build-app.mjs reports for one build. */
export interface BuildReport {
  ok: boolean;
  message?: string;
  stats?: { checks: number; generations: number; failures: number; upToDate: number };
  outcomes?: string[];
  /** The request the bundled app made through the SDK. */
  probe?: string;
}
