import type { ReadmeReasons } from '../client/readme-reasons.js';
import { markdownCode, markdownText } from '../naming/markdown.js';
import type { EmitContext, GeneratedFile } from '../emitter.js';

/**
 * The view model of `package.json.hbs`, `tsconfig.json.hbs` and
 * `README.md.hbs` (documented in templates/sdk/README.md). Plain data:
 * strings, booleans and records, each field ready to print.
 */
export interface PackageView {
  packageName: string;
  packageVersion: string;
  description: string;
  /** The API's title and version from the spec. */
  title: string;
  apiVersion: string;
  generatorVersion: string;
  /** The flavor that made the SDK: `full`, `lite`… */
  flavor: string;
  clientName: string;
  baseURL: string;
  /** A call for the README, as written in an app: `client.calls.get()` (lite: `callsGet(client)`), and its callee (`client.calls.get`, `callsGet`); or false. */
  example: { call: string; callee: string } | false;
  /** The callee of a paginated call for the README: `client.calls.list` (lite: `callsList`, which takes the client first), or false. */
  listExample: string | false;
  /** Runtime dependencies of the generated package (`{ zod: '^4.1.0' }`), or false for none. */
  dependencies: Record<string, string> | false;
  /** The zod schemas are emitted and responses are checked with them. */
  validation: boolean;
  /** The README's error-reason example (`src/reasons.ts` is emitted), or false. */
  reasons: ReadmeReasons | false;
  /** `src/mocks/` is emitted: the `/mocks` export and msw as an optional peer. */
  mocks: boolean;
}

/** package.json, tsconfig.json and README.md from the (possibly overridden) templates. */
export function packageFiles(ctx: EmitContext, examples: { call?: PackageView['example']; list?: string; reasons: PackageView['reasons'] }): GeneratedFile[] {
  const view: PackageView = {
    packageName: ctx.config.packageName,
    packageVersion: ctx.config.packageVersion,
    description: `TypeScript SDK for ${ctx.ir.meta.title}`,
    title: markdownText(ctx.ir.meta.title),
    apiVersion: markdownText(ctx.ir.meta.version),
    generatorVersion: ctx.config.generatorVersion,
    flavor: ctx.config.flavor.name,
    clientName: ctx.config.clientName,
    baseURL: markdownCode(baseURL(ctx)),
    example: examples.call ?? false,
    listExample: examples.list ?? false,
    dependencies: Object.keys(ctx.dependencies).length > 0 ? ctx.dependencies : false,
    validation: ctx.emitters.includes('zod') && ctx.config.flavor.options.zod.responses,
    reasons: examples.reasons,
    mocks: ctx.emitters.includes('mocks'),
  };
  return ['package.json', 'tsconfig.json', 'README.md'].map((name) => ({ path: name, contents: ctx.templates.render(name, view) }));
}

/** The API root: the first server, its variables at their defaults. */
export function baseURL(ctx: Pick<EmitContext, 'ir'>): string {
  const server = ctx.ir.servers[0];
  if (!server) return 'https://api.voipbin.net/v1.0';
  return server.url.replace(/\{([^}]+)\}/g, (whole, name: string) => server.variables.find((variable) => variable.name === name)?.default ?? whole);
}
