import type { LoadedTarget } from '../config/load-config.js';
import { BUILTIN_FLAVORS } from '../flavors/index.js';
import type { BuiltinFlavorName } from '../flavors/types.js';
import type { Freshness } from '../incremental/check-freshness.js';
import { generateTargets, type GenerateFlags } from './generate-targets.js';
import type { Io } from './io.js';
import { resolveTargets, type TargetFlags } from './targets.js';

const STRINGS: Record<string, keyof TargetFlags> = {
  config: 'config',
  sdk: 'sdk',
  spec: 'spec',
  out: 'out',
  reasons: 'reasons',
  flavor: 'flavor',
  naming: 'naming',
  'package-name': 'packageName',
  seed: 'seed',
};
const SWITCHES: Record<string, keyof Switches> = { force: 'force', verbose: 'verbose', cache: 'cache' };

type Switches = Omit<GenerateFlags, 'out'>;

/** A `generate` command line read without yargs: its targets, and its flags. */
export interface QuickGenerate {
  targets: LoadedTarget[];
  flags: GenerateFlags;
  /** Each target's freshness, when already checked (bin/'s up-to-date check, see up-to-date.ts). */
  fresh?: Freshness[] | undefined;
}

/**
 * `generate` run before yargs loads (about 0.1 s): the command line of a build step that runs on every build, up
 * to date or not. Anything it does not read the same way the full command does (watch, unknown or malformed flags,
 * a config file that does not load) returns false, and the full command runs (and reports what went wrong).
 */
export async function quickGenerate(args: string[], io: Io): Promise<boolean> {
  const quick = await readQuickGenerate(args, io.cwd);
  if (!quick) return false;
  await runQuickGenerate(quick, io);
  return true;
}

/** The command line as quickGenerate reads it, or undefined for the full command to read. */
export async function readQuickGenerate(args: string[], cwd: string): Promise<QuickGenerate | undefined> {
  const read = readFlags(args);
  if (!read) return undefined;
  try {
    return { targets: (await resolveTargets(read.flags, cwd)).targets, flags: { out: read.flags.out, ...read.switches } };
  } catch {
    // The full command reports whatever went wrong, with its own wording.
    return undefined;
  }
}

export async function runQuickGenerate(quick: QuickGenerate, io: Io): Promise<void> {
  await generateTargets(quick.targets, quick.flags, io, quick.fresh);
}

/** The flags of `generate`, as the full command reads them; undefined for anything else. */
function readFlags(args: string[]): { flags: TargetFlags; switches: Switches } | undefined {
  if (args[0] !== 'generate') return undefined;
  const flags: TargetFlags = {};
  const switches: Switches = { force: false, verbose: false, cache: true };
  for (let i = 1; i < args.length; i++) {
    const arg = args[i] as string;
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) return undefined;
    const [, name, inline] = match as unknown as [string, string, string | undefined];
    const negated = name.startsWith('no-');
    const flag = negated ? name.slice(3) : name;
    if (flag === 'format' || SWITCHES[flag]) {
      if (inline !== undefined) return undefined;
      if (flag === 'format') flags.format = !negated;
      else switches[SWITCHES[flag] as keyof Switches] = !negated;
    } else if (STRINGS[name]) {
      const value = inline ?? args[++i];
      if (value === undefined || value.startsWith('-') || !assign(flags, STRINGS[name] as keyof TargetFlags, value)) return undefined;
    } else return undefined;
  }
  return { flags, switches };
}

function assign(flags: TargetFlags, key: keyof TargetFlags, value: string): boolean {
  switch (key) {
    case 'reasons':
    case 'sdk':
      flags[key] = [...(flags[key] ?? []), value];
      return true;
    case 'flavor':
      if (!Object.hasOwn(BUILTIN_FLAVORS, value)) return false;
      flags.flavor = value as BuiltinFlavorName;
      return true;
    case 'naming':
      if (value !== 'path' && value !== 'operationId') return false;
      flags.naming = value;
      return true;
    case 'seed':
      if (!/^-?\d+$/.test(value)) return false;
      flags.seed = Number(value);
      return true;
    case 'config':
    case 'spec':
    case 'out':
    case 'packageName':
      if (flags[key] !== undefined) return false;
      flags[key] = value;
      return true;
    default:
      return false;
  }
}
