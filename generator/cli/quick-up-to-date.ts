import { relative } from 'node:path';
import { BUILTIN_FLAVORS } from '../flavors/index.js';
import type { BuiltinFlavorName } from '../flavors/types.js';
import { upToDate, upToDateMessage } from '../incremental/cli-cache.js';
import type { Io } from './io.js';
import { resolveTargets, type TargetFlags } from './targets.js';

const STRINGS: Record<string, keyof TargetFlags> = { spec: 'spec', out: 'out', reasons: 'reasons', flavor: 'flavor', naming: 'naming', 'package-name': 'packageName', seed: 'seed' };
const HARMLESS = new Set(['force', 'verbose', 'cache']);

/**
 * `generate --spec …` answered before yargs and the generator load, when the build cache says the output is up to
 * date: the common case of a build step that runs on every build. Anything it does not read the same way the full
 * command does (a config file, targets, watch, --no-cache, unknown or malformed flags) returns false, and the full
 * command runs; so does a stale output.
 */
export async function quickUpToDate(args: string[], io: Io): Promise<boolean> {
  const flags = readFlags(args);
  if (!flags || flags.spec === undefined) return false;
  try {
    const [target] = (await resolveTargets(flags, io.cwd)).targets;
    if (!target || !upToDate(target.output, target.config)) return false;
    const where = flags.out ?? (relative(io.cwd, target.output) || '.');
    io.out(upToDateMessage(where));
    return true;
  } catch {
    // The full command reports whatever went wrong, with its own wording.
    return false;
  }
}

/** The flags of `generate`, as the full command reads them; undefined for anything else. */
function readFlags(args: string[]): TargetFlags | undefined {
  if (args[0] !== 'generate') return undefined;
  const flags: TargetFlags = {};
  for (let i = 1; i < args.length; i++) {
    const arg = args[i] as string;
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) return undefined;
    const [, name, inline] = match as unknown as [string, string, string | undefined];
    if (name === 'format' || name === 'no-format') {
      if (inline !== undefined) return undefined;
      flags.format = name === 'format';
    } else if (HARMLESS.has(name)) {
      if (inline !== undefined) return undefined;
    } else if (STRINGS[name]) {
      const value = inline ?? args[++i];
      if (value === undefined || value.startsWith('--') || !assign(flags, STRINGS[name] as keyof TargetFlags, value)) return undefined;
    } else return undefined;
  }
  return flags;
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
