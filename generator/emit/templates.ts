/**
 * The one handlebars environment: logic-free templates fed a precomputed
 * view model. Nothing else imports handlebars.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { packageRoot } from '../config/package-root.js';

export class TemplateSet {
  private readonly env = Handlebars.create();
  private readonly compiled = new Map<string, Handlebars.TemplateDelegate>();

  constructor(readonly folder: string = join(packageRoot(), 'templates/sdk')) {
    this.env.registerHelper('json', (value: unknown) => JSON.stringify(value));
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.hbs')).sort()) {
      const name = file.slice(0, -'.hbs'.length);
      const source = readFileSync(join(folder, file), 'utf8');
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
