import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONFIG_FILE_SHAPE } from './config-shape.js';
import { ConfigError, type ConfigFile, type SdkTarget } from './config-file.js';
import type { SdkgenConfig } from './config.js';
import { checkShape } from './shape.js';
import { randomHex } from '../hash/lazy-crypto.js';
import { importModule } from '../modules/import-module.js';
import { transpileCache } from './transpile-cache.js';

/** One target of a loaded config file, ready for `generate()`: paths resolved against the file's folder. */
export interface LoadedTarget {
  name: string;
  /** Absolute output folder. */
  output: string;
  config: SdkgenConfig;
}

/** Reads, checks and resolves a config file. Throws ConfigError naming the file and each bad key. */
export async function loadConfigFile(file: string): Promise<LoadedTarget[]> {
  const path = resolve(file);
  const contents = await readConfigModule(path);
  const problems = checkShape(contents, CONFIG_FILE_SHAPE, 'config');
  if (problems.length > 0) throw new ConfigError(path, problems.map((problem) => problem.replace(/^config\./, '')));
  const targets = (contents as ConfigFile).sdks.map((target) => toTarget(target, dirname(path)));
  const names = targets.map((target) => target.name);
  const repeated = names.filter((name, index) => names.indexOf(name) !== index);
  if (repeated.length > 0) throw new ConfigError(path, [`sdks: two targets named "${repeated[0]}"; give each a distinct name (or output)`]);
  return targets;
}

function toTarget(target: SdkTarget, folder: string): LoadedTarget {
  const { name, output, ...config } = target;
  return { name: name ?? output, output: resolve(folder, output), config: { ...config, cwd: folder } };
}

async function readConfigModule(path: string): Promise<unknown> {
  if (path.endsWith('.json')) return readJson(path);
  if (path.endsWith('.ts')) return importTranspiled(path);
  return defaultExport(await importFresh(path), path);
}

function readJson(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    const line = position === undefined ? undefined : text.slice(0, Number(position)).split('\n').length;
    throw new ConfigError(path, [`${line === undefined ? '' : `line ${line}: `}not valid JSON (${(error as Error).message})`]);
  }
}

/**
 * Node 20 cannot import TypeScript. The config is transpiled with the
 * TypeScript that ts-morph bundles (already a dependency: no new one, and
 * syntax-only, so no type errors block a run) to a temporary `.mjs` beside
 * it, so its relative imports and packages resolve as written, then removed.
 * The transpiled text is kept for the next run (transpile-cache.ts).
 */
async function importTranspiled(path: string): Promise<unknown> {
  const source = readFileSync(path, 'utf8');
  const cache = transpileCache(path, source);
  let text = cache.get();
  if (text === undefined) {
    text = await transpile(path, source);
    cache.set(text);
  }
  const temp = join(dirname(path), `.${basename(path, '.ts')}.${randomHex(6)}.mjs`);
  writeFileSync(temp, text);
  try {
    return defaultExport(await importFresh(temp), path);
  } finally {
    rmSync(temp, { force: true });
  }
}

async function transpile(path: string, source: string): Promise<string> {
  const { ts } = await importModule<typeof import('ts-morph')>('ts-morph');
  const output = ts.transpileModule(source, {
    fileName: path,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    reportDiagnostics: true,
  });
  const syntax = output.diagnostics?.find((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error);
  if (syntax) {
    const line = syntax.file && syntax.start !== undefined ? syntax.file.getLineAndCharacterOfPosition(syntax.start).line + 1 : undefined;
    throw new ConfigError(path, [`${line === undefined ? '' : `line ${line}: `}${ts.flattenDiagnosticMessageText(syntax.messageText, ' ')}`]);
  }
  return output.outputText;
}

async function importFresh(path: string): Promise<Record<string, unknown>> {
  try {
    return await importModule<Record<string, unknown>>(`${pathToFileURL(path).href}?t=${Date.now()}`);
  } catch (error) {
    throw new ConfigError(path, [`could not be loaded: ${(error as Error).message.split('\n')[0]}`]);
  }
}

function defaultExport(module: Record<string, unknown>, path: string): unknown {
  if (!('default' in module)) throw new ConfigError(path, ['has no default export: write `export default defineConfig({ sdks: [...] })`']);
  return module.default;
}
