import { resolve } from 'node:path';
import type { NamingStrategy } from '../ir/passes/name-operations.js';
import type { SdkgenConfig } from '../config/config.js';
import { ConfigError } from '../config/config-file.js';
import { findConfigFile } from '../config/find-config.js';
import { loadConfigFile, type LoadedTarget } from '../config/load-config.js';
import type { BuiltinFlavorName } from '../flavors/types.js';

/** The `generate` flags that pick targets or override their settings; undefined means "not given". */
export interface TargetFlags {
  config?: string | undefined;
  sdk?: string[] | undefined;
  spec?: string | undefined;
  out?: string | undefined;
  reasons?: string[] | undefined;
  naming?: NamingStrategy | undefined;
  packageName?: string | undefined;
  flavor?: BuiltinFlavorName | undefined;
  seed?: number | undefined;
  format?: boolean | undefined;
}

/**
 * What `generate` builds. A config file (`--config`, or the nearest one when
 * `--spec` is not given) lists the targets; without one there is a single
 * target from the flags. Flags override every selected target's settings.
 */
export async function resolveTargets(flags: TargetFlags, cwd: string): Promise<{ file?: string; targets: LoadedTarget[] }> {
  const file = flags.config !== undefined ? resolve(cwd, flags.config) : flags.spec === undefined ? findConfigFile(cwd) : undefined;
  if (file === undefined) return { targets: [{ name: 'sdk', output: resolve(cwd, flags.out ?? 'sdk'), config: withFlags({ cwd }, flags, cwd) }] };
  let targets = await loadConfigFile(file);
  if (flags.sdk !== undefined) {
    const missing = flags.sdk.filter((name) => !targets.some((target) => target.name === name));
    if (missing.length > 0) throw new ConfigError(file, [`--sdk ${missing.join(', ')}: no such target; targets are: ${targets.map((target) => target.name).join(', ')}`]);
    targets = targets.filter((target) => flags.sdk!.includes(target.name));
  }
  if (flags.out !== undefined && targets.length > 1) throw new ConfigError(file, [`--out names one folder but ${targets.length} targets are selected; pick one with --sdk`]);
  return {
    file,
    targets: targets.map((target) => ({ ...target, output: flags.out !== undefined ? resolve(cwd, flags.out) : target.output, config: withFlags(target.config, flags, cwd) })),
  };
}

/** Flag values over a target's config; paths given on the command line are relative to the working folder. */
function withFlags(config: SdkgenConfig, flags: TargetFlags, cwd: string): SdkgenConfig {
  const merged: SdkgenConfig = { ...config };
  if (flags.spec !== undefined) merged.spec = /^https?:\/\//i.test(flags.spec) ? flags.spec : resolve(cwd, flags.spec);
  if (flags.reasons !== undefined) merged.reasons = flags.reasons.map((file) => resolve(cwd, file));
  if (flags.packageName !== undefined) merged.packageName = flags.packageName;
  if (flags.flavor !== undefined) merged.flavor = flags.flavor;
  if (flags.seed !== undefined) merged.seed = flags.seed;
  if (flags.format !== undefined) merged.format = flags.format;
  if (flags.naming !== undefined) merged.naming = typeof config.naming === 'object' ? { ...config.naming, strategy: flags.naming } : flags.naming;
  return merged;
}
