/** The config `voipbin-sdkgen init` writes: every option named, the rarely needed ones commented out. */
export function starterConfig(format: 'ts' | 'mjs'): string {
  const header =
    format === 'ts'
      ? `import { defineConfig } from 'voipbin-sdkgen/config';\n`
      : `// @ts-check\nimport { defineConfig } from 'voipbin-sdkgen/config';\n`;
  return `${header}
// One file, several SDKs: \`npx voipbin-sdkgen generate\` builds every target below
// (\`--sdk <name>\` for one). Paths are relative to this file.
export default defineConfig({
  sdks: [
    {
      name: 'backend',
      // A spec file (JSON or YAML, or the root of a multi-file spec) or an http(s) URL.
      spec: './openapi.json',
      // Error-reason catalogs: VoIPBIN's restful_api_errors.rst, or JSON/YAML.
      // reasons: ['./restful_api_errors.rst'],
      output: './sdk',
      packageName: 'voipbin-sdk',
      packageVersion: '0.1.0',
      // full (default) | lite (small browser bundles) | zod (runtime validation) | service-agent
      flavor: 'full',
      // Keep only some operations; models are pruned to what they reach.
      // filters: { include: { paths: ['/calls/**'] }, exclude: { methods: ['delete'] } },
      // naming: {
      //   strategy: 'path', // or 'operationId'
      //   operation: ({ name, method }) => (method === 'get' && name === 'list' ? 'all' : undefined),
      // },
      // templates: './sdk-templates', // *.hbs files overriding built-in templates by name
      // options: { zod: { requests: true } },
      // hooks: {
      //   afterGenerate: (files) => [...files, { path: 'NOTICE', contents: 'Internal use only.\\n' }],
      // },
    },
    // {
    //   name: 'agent-desk',
    //   spec: './openapi.json',
    //   output: './agent-sdk',
    //   packageName: 'voipbin-agent-sdk',
    //   flavor: 'service-agent',
    // },
  ],
});
`;
}
