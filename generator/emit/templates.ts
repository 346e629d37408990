/**
 * The one handlebars environment: logic-free templates fed a precomputed
 * view model. Nothing else imports handlebars.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { packageRoot } from '../config/package-root.js';

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
  private readonly env = Handlebars.create();
  private readonly compiled = new Map<string, Handlebars.TemplateDelegate>();

  /**
   * The built-in templates of `folder`, each replaced by a file of the same
   * name in an override folder (later folders win). `_name.hbs` files are
   * partials, used as `{{> name}}`.
   */
  constructor(
    readonly folder: string = join(packageRoot(), 'templates/sdk'),
    overrides: string[] = [],
  ) {
    this.env.registerHelper('json', (value: unknown) => JSON.stringify(value));
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
    for (const [file, path] of sources) {
      const name = file.slice(0, -'.hbs'.length);
      const source = readFileSync(path, 'utf8');
      if (name.startsWith('_')) this.env.registerPartial(name.slice(1), source);
      else this.compiled.set(name, this.env.compile(source, { strict: true, noEscape: true }));
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
