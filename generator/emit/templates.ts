/**
 * The one handlebars environment: logic-free templates fed a precomputed
 * view model. Nothing else imports handlebars but the build step that precompiles
 * the built-in templates (precompile-templates.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import type HandlebarsCompiler from 'handlebars';
// Bundled into the CLI (the compiler is not: it loads only for a template that was not precompiled).
import HandlebarsRuntime from 'handlebars/runtime.js';
import { packageRoot } from '../config/package-root.js';

export const COMPILE_OPTIONS = { strict: true, noEscape: true } as const;
/** The built-in templates precompiled by `npm run build` (precompile-templates.ts), relative to the package root. */
export const PRECOMPILED_FILE = 'dist/precompiled-templates.cjs';

type Precompiled = Record<string, { source: string; spec: HandlebarsSpec }>;
type HandlebarsSpec = Parameters<typeof HandlebarsCompiler.template>[0];
type Environment = Pick<typeof HandlebarsCompiler, 'registerHelper' | 'registerPartial' | 'template' | 'compile'>;

const load = createRequire(import.meta.url);
let precompiled: Precompiled | undefined;

/** The precompiled form of the template at `path` whose text is `source`, if the build made one from that very text. */
export function precompiledSpec(path: string, source: string): HandlebarsSpec | undefined {
  if (!precompiled) {
    try {
      precompiled = load(join(packageRoot(), PRECOMPILED_FILE)) as Precompiled;
    } catch {
      precompiled = {};
    }
  }
  const entry = precompiled[relative(packageRoot(), path).split(sep).join('/')];
  return entry?.source === source ? entry.spec : undefined;
}

/** An override folder that cannot be used: missing, or naming a template that does not exist. */
export class TemplateOverrideError extends Error {
  constructor(
    readonly folder: string,
    message: string,
  ) {
    super(message);
    this.name = 'TemplateOverrideError';
  }
}

export class TemplateSet {
  private readonly compiled = new Map<string, (view: object) => string>();

  /**
   * The built-in templates of `folder`, each replaced by a file of the same
   * name in an override folder (later folders win). `_name.hbs` files are
   * partials, used as `{{> name}}`.
   */
  constructor(
    readonly folder: string = join(packageRoot(), 'templates/sdk'),
    overrides: string[] = [],
  ) {
    const sources = new Map(hbsFiles(folder).map((file) => [file, join(folder, file)]));
    const builtin = [...sources.keys()];
    for (const override of overrides) {
      if (!existsSync(override) || !statSync(override).isDirectory()) throw new TemplateOverrideError(override, `Template folder ${override} does not exist.`);
      for (const file of hbsFiles(override)) {
        if (!sources.has(file)) {
          throw new TemplateOverrideError(
            override,
            `${join(override, file)} overrides no template. Name an override after one of: ${builtin.map((name) => name.slice(0, -'.hbs'.length)).join(', ')}.`,
          );
        }
        sources.set(file, join(override, file));
      }
    }
    const templates = [...sources].map(([file, path]) => {
      const source = readFileSync(path, 'utf8');
      return { name: file.slice(0, -'.hbs'.length), source, spec: precompiledSpec(path, source) };
    });
    // Only handlebars' runtime when every template is precompiled (partials never are); else the compiler for all.
    const runtimeOnly = templates.every((template) => template.spec !== undefined && !template.name.startsWith('_'));
    // handlebars/runtime is the same environment without the parser and compiler.
    const env = (runtimeOnly ? (HandlebarsRuntime as unknown as typeof HandlebarsCompiler) : (load('handlebars') as typeof HandlebarsCompiler)).create() as Environment;
    env.registerHelper('json', (value: unknown) => JSON.stringify(value));
    for (const { name, source, spec } of templates) {
      if (name.startsWith('_')) env.registerPartial(name.slice(1), source);
      else this.compiled.set(name, runtimeOnly ? env.template(spec as HandlebarsSpec) : env.compile(source, COMPILE_OPTIONS));
    }
  }

  names(): string[] {
    return [...this.compiled.keys()];
  }

  render(name: string, view: object): string {
    const template = this.compiled.get(name);
    if (!template) throw new Error(`No template "${name}"; templates are: ${this.names().join(', ')}`);
    return template(view);
  }
}

/** The `.hbs` files of override folders that exist, absolute: inputs of a generation, like the spec files. */
export function overrideFiles(folders: readonly string[]): string[] {
  return folders.filter((folder) => existsSync(folder) && statSync(folder).isDirectory()).flatMap((folder) => hbsFiles(folder).map((file) => join(folder, file)));
}

function hbsFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.hbs'))
    .sort();
}
