import { BUILTIN_FLAVORS } from '../flavors/index.js';
import type { BuiltinFlavorName } from '../flavors/types.js';
import { generateTargets, type GenerateFlags } from './generate-targets.js';
import type { Io } from './io.js';
import { resolveTargets, type TargetFlags } from './targets.js';

const STRINGS: Record<string, keyof TargetFlags> = { spec: 'spec', out: 'out', reasons: 'reasons', flavor: 'flavor', naming: 'naming', 'package-name': 'packageName', seed: 'seed' };
const SWITCHES: Record<string, keyof Switches> = { force: 'force', verbose: 'verbose', cache: 'cache' };

type Switches = Omit<GenerateFlags, 'out'>;

/**
 * `generate --spec …` run before yargs loads (about 0.1 s): the command line of a build step that runs on every
 * build, up to date or not. Anything it does not read the same way the full command does (a config file, targets,
 * watch, unknown or malformed flags, a config that does not resolve) returns false, and the full command runs.
 */
export async function quickGenerate(args: string[], io: Io): Promise<boolean> {
  const read = readFlags(args);
  if (!read || read.flags.spec === undefined) return false;
  let targets;
  try {
    targets = (await resolveTargets(read.flags, io.cwd)).targets;
  } catch {
    // The full command reports whatever went wrong, with its own wording.
    return false;
  }
  if (targets.length !== 1) return false;
  await generateTargets(targets, { out: read.flags.out, ...read.switches }, io);
  return true;
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
      flags.reasons = [...(flags.reasons ?? []), value];
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
