// The generators under test: voipbin-sdkgen and its peers, each as a command line for one spec and output folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A tool: what it emits, which Node runs it, the command for (spec, out), and which files `tsc` checks afterwards.
 * @typedef {{ id: string, label: string, emits: string, node: 'host' | 'node22', ours?: boolean,
 *   command: (spec: object, out: string) => { args: string[], env?: Record<string, string>, cwd?: string },
 *   tscInclude: string[] }} Tool
 */

/** @returns {Tool[]} */
export function defineTools({ repoRoot, benchDir, cacheDir, baseline }) {
  const modules = join(benchDir, 'node_modules');
  const configs = join(cacheDir, 'configs');
  mkdirSync(configs, { recursive: true });
  return [
    ours('ours', 'voipbin-sdkgen', repoRoot),
    ...(baseline ? [{ ...ours('ours-baseline', `voipbin-sdkgen @ ${baseline.commit.slice(0, 8)} (baseline)`, baseline.dir), ours: false, baseline: true }] : []),
    {
      id: 'oazapfts',
      label: 'oazapfts 7.5',
      emits: 'types, functions',
      node: 'host',
      command: (spec, out) => (mkdirSync(out, { recursive: true }), { args: [join(modules, 'oazapfts/dist/cli.js'), spec.path, join(out, 'api.ts')] }),
      tscInclude: ['*.ts'],
    },
    {
      id: 'orval',
      label: 'orval 8.38',
      emits: 'types, fetch functions',
      node: 'node22',
      command: (spec, out) => {
        const config = join(configs, `orval-${spec.id}.config.mjs`);
        const options = { api: { input: { target: spec.path, unsafeDisableValidation: true }, output: { target: join(out, 'api.ts'), client: 'fetch' } } };
        writeFileSync(config, `export default ${JSON.stringify(options)};\n`);
        return { args: [join(modules, 'orval/dist/bin/orval.mjs'), '--config', config] };
      },
      tscInclude: ['*.ts'],
    },
    {
      id: 'openapi-typescript',
      label: 'openapi-typescript 7.13',
      emits: 'types only',
      node: 'host',
      // .ts, not .d.ts: tsc with skipLibCheck would not check a .d.ts, and the point is the cost of checking it.
      command: (spec, out) => ({ args: [join(modules, 'openapi-typescript/bin/cli.js'), spec.path, '-o', join(out, 'schema.ts')] }),
      tscInclude: ['*.ts'],
    },
    {
      id: 'hey-api',
      label: '@hey-api/openapi-ts 0.99',
      emits: 'types, sdk functions, bundled fetch client',
      node: 'node22',
      command: (spec, out) => ({ args: [join(modules, '@hey-api/openapi-ts/bin/run.js'), '-i', spec.path, '-o', out] }),
      tscInclude: ['**/*.ts'],
    },
    {
      id: 'swagger-typescript-api',
      label: 'swagger-typescript-api 13.13',
      emits: 'types, client class',
      node: 'host',
      command: (spec, out) => ({ args: [join(modules, 'swagger-typescript-api/dist/cli.mjs'), 'generate', '-p', spec.path, '-o', out, '-n', 'api.ts'] }),
      tscInclude: ['*.ts'],
    },
    {
      id: 'kubb',
      label: 'kubb 4.39 (plugin-ts + plugin-client)',
      emits: 'types, fetch client, one file per operation',
      node: 'node22',
      command: (spec, out) => {
        const config = join(configs, `kubb-${spec.id}.config.mjs`);
        writeFileSync(config, kubbConfig(spec.path, out));
        mkdirSync(out, { recursive: true });
        // kubb also writes the files (and a .kubb/ folder) relative to its working folder: keep that inside `out`.
        return { args: [join(modules, '@kubb/cli/bin/kubb.cjs'), 'generate', '--config', config], env: { KUBB_DISABLE_TELEMETRY: '1' }, cwd: out };
      },
      tscInclude: ['**/*.ts'],
    },
  ];
}

function ours(id, label, root) {
  return {
    id,
    label,
    emits: 'types, client, errors, reasons; prettier-formatted',
    node: 'host',
    ours: true,
    command: (spec, out) => ({
      args: [join(root, 'bin/voipbin-sdkgen.js'), 'generate', '--spec', spec.path, ...(spec.reasons ? ['--reasons', spec.reasons] : []), '--out', out],
    }),
    tscInclude: ['src/**/*.ts'],
  };
}

function kubbConfig(specPath, out) {
  return [
    "import { defineConfig } from '@kubb/core';",
    "import { pluginOas } from '@kubb/plugin-oas';",
    "import { pluginTs } from '@kubb/plugin-ts';",
    "import { pluginClient } from '@kubb/plugin-client';",
    'export default defineConfig({',
    `  root: ${JSON.stringify(out)},`,
    `  input: { path: ${JSON.stringify(specPath)} },`,
    `  output: { path: ${JSON.stringify(out)}, clean: true },`,
    "  plugins: [pluginOas({ validate: false }), pluginTs(), pluginClient({ client: 'fetch' })],",
    '});',
    '',
  ].join('\n');
}
