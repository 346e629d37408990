// Bundle size of a one-operation app (`calls.list`) per flavor: esbuild, minified, ESM for browsers, then gzip -9.
// Usage: node --import tsx bench/bundle-size.ts [spec]   (default: ../shared/voipbin/openapi.json)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export interface BundleSize {
  minified: number;
  gzip: number;
}

/** The same app in each client style: create a client, list calls. */
export const ONE_OPERATION_APP = {
  resources: (sdk: string) => `import { VoipbinClient } from ${JSON.stringify(`${sdk}/src/index.ts`)};\nconsole.log(await new VoipbinClient({ token: 't' }).calls.list());\n`,
  functions: (sdk: string) => `import { callsList, createClient } from ${JSON.stringify(`${sdk}/src/index.ts`)};\nconsole.log(await callsList(createClient({ token: 't' })));\n`,
};

/** Bundles `app` (TypeScript source) the way a browser build would, and measures it. */
export async function bundleSize(app: string, resolveDir: string): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: app, loader: 'ts', resolveDir },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    // zod for the zod flavor, from this repository's dependencies.
    nodePaths: [fileURLToPath(new URL('../node_modules', import.meta.url))],
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

async function main(spec: string): Promise<void> {
  const { generate, writeOutput } = await import('../generator/index.js');
  const root = mkdtempSync(join(tmpdir(), 'sdkgen-bundle-'));
  try {
    const rows: string[] = [];
    for (const [flavor, style] of [['full', 'resources'], ['zod', 'resources'], ['lite', 'functions']] as const) {
      const result = await generate({ spec, flavor, format: false });
      if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
      writeOutput(join(root, flavor), result.files, { cwd: root });
      const size = await bundleSize(ONE_OPERATION_APP[style](join(root, flavor)), root);
      rows.push(`${flavor.padEnd(6)} ${String(size.minified).padStart(8)} ${String(size.gzip).padStart(8)}`);
    }
    console.log(`one-operation app (calls.list) from ${spec}\nflavor   min (B)  gzip (B)\n${rows.join('\n')}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(resolve(process.argv[2] ?? join(fileURLToPath(new URL('.', import.meta.url)), '../../shared/voipbin/openapi.json')));
}
