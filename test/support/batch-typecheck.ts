import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { spawnSync } from 'node:child_process';
import { writeOutput, type GeneratedFile } from '../../generator/index.js';
import { REPO_ROOT } from './shared.js';
import { TSC } from './generate-to-temp.js';

const RUNTIME_DIR = join(REPO_ROOT, 'templates/runtime');
const CORE = 'src/core/';

/**
 * Type-checks many generated SDKs with one tsc program, under the SDKs' own
 * strict tsconfig. Each SDK is written to `<root>/<name>/`; its runtime copy
 * (`src/core/`, identical in every SDK) is replaced by a symlink to one shared
 * copy, so tsc reads the runtime once. A runtime that differs from
 * templates/runtime is kept as it is. Returns the tsc errors per SDK name.
 */
export class SdkBatch {
  readonly names: string[] = [];
  #tsconfig: string | undefined;

  constructor(readonly root: string) {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
  }

  /** Writes one SDK; returns its folder. */
  add(name: string, files: GeneratedFile[]): string {
    if (!/^[\w.-]+$/.test(name) || this.names.includes(name)) throw new Error(`bad or repeated SDK name ${name}`);
    const dir = join(this.root, name);
    const core = files.filter((file) => file.path.startsWith(CORE));
    const linkCore = core.length > 0 && core.every(sameAsTemplate);
    writeOutput(dir, linkCore ? files.filter((file) => !core.includes(file)) : files, { cwd: this.root });
    if (linkCore) symlinkSync(RUNTIME_DIR, join(dir, CORE), 'dir');
    this.#tsconfig ??= files.find((file) => file.path === 'tsconfig.json')?.contents;
    this.names.push(name);
    return dir;
  }

  /** Runs tsc once over every SDK added; errors keyed by SDK name (SDKs without errors are absent). */
  typecheck(version: keyof typeof TSC = '5.9'): { errors: Map<string, string[]>; output: string; status: number | null } {
    if (this.names.length === 0) return { errors: new Map(), output: '', status: 0 };
    const config = JSON.parse(this.#tsconfig ?? '{}') as { compilerOptions: Record<string, unknown> };
    // The runtime's own test files are not part of an SDK.
    const exclude = this.names.map((name) => `${name}/src/core/*.test.ts`);
    const tsconfig = { compilerOptions: { ...config.compilerOptions, rootDir: undefined, outDir: undefined, noEmit: true }, include: this.names.map((name) => `${name}/src`), exclude };
    writeFileSync(join(this.root, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
    const run = spawnSync(process.execPath, [TSC[version], '-p', 'tsconfig.json'], { cwd: this.root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const output = run.stdout + run.stderr;
    return { errors: errorsBySdk(output, this.names), output, status: run.status };
  }
}

function sameAsTemplate(file: GeneratedFile): boolean {
  const template = join(RUNTIME_DIR, file.path.slice(CORE.length));
  return existsSync(template) && readFileSync(template, 'utf8') === file.contents;
}

/** tsc, run in the batch root, prints `name/src/x.ts(3,4): error TS…` (continuation lines indented); the shared runtime under its real path. */
function errorsBySdk(output: string, names: string[]): Map<string, string[]> {
  const errors = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of output.split('\n')) {
    if (line.trim() === '') continue;
    if (/^\s/.test(line) && current) {
      current.push(line);
      continue;
    }
    const path = (line.split('(')[0] ?? '').split(sep).join('/');
    const name = names.find((candidate) => path.startsWith(`${candidate}/`)) ?? '(runtime or config)';
    current = errors.get(name) ?? [];
    errors.set(name, current);
    current.push(line);
  }
  return errors;
}

/** Every file of a folder, for tests that want to look at what was written. */
export function listTsFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts')).map((file) => join(dir, file));
}
