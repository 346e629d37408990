import { join, resolve } from 'node:path';
import type { NamingStrategy } from '../ir/passes/name-operations.js';
import { VOIPBIN_PAGINATION, type PaginationConvention } from '../ir/passes/detect-pagination.js';
import { VOIPBIN_AUTH } from '../ir/passes/resolve-auth.js';
import type { AuthSchemeIR } from '../ir/types.js';
import { resolveFlavor, type BuiltinFlavorName, type CustomFlavor, type EmitterOptionsInput, type ResolvedFlavor } from '../flavors/index.js';
import type { OperationFilters } from './filters.js';
import type { Hooks, NamingHooks } from './hooks.js';
import { generatorVersion, packageRoot } from './package-root.js';

/** How names are made: a strategy for method names, and hooks that may rename anything. */
export interface NamingConfig extends NamingHooks {
  /** Method names from the path (default) or from operationIds where present. */
  strategy?: NamingStrategy;
}

/** What a user may set. Every field is optional; `resolveConfig` shows every default. */
export interface SdkgenConfig {
  /** Spec file path or http(s) URL. Default: the embedded example, examples/voipbin/openapi.yaml. */
  spec?: string;
  /** Error-reason catalogs (VoIPBIN RST, JSON or YAML). Default: the example's catalog with the example spec, else none. */
  reasons?: string[];
  /** How methods are named: from the path (default) or from operationIds where present; or naming hooks. */
  naming?: NamingStrategy | NamingConfig;
  /** A built-in flavor (`full`, `lite`, `zod`, `service-agent`) or a custom one. Default `full`. */
  flavor?: BuiltinFlavorName | CustomFlavor;
  /** Operations to keep, applied after the flavor's own filters. Models are pruned to what the kept operations reach. */
  filters?: OperationFilters;
  /** Emitter options over the flavor's, e.g. `{ zod: { requests: true } }`. */
  options?: EmitterOptionsInput;
  /** A folder of `.hbs` files overriding built-in templates and partials by name. Relative to `cwd`. */
  templates?: string;
  /** IR transform and post-generate hooks. */
  hooks?: Hooks;
  /** The generated package's name and version. */
  packageName?: string;
  packageVersion?: string;
  /** The exported client class. */
  clientName?: string;
  /** Seed for mock data. */
  seed?: number;
  /** Run prettier over the output (default true). */
  format?: boolean;
  /** Folder the spec path is relative to. Default: process.cwd(). */
  cwd?: string;
  pagination?: PaginationConvention;
  /** Auth assumed when the spec declares no securitySchemes. Default: VoIPBIN's Bearer JWT or `accesskey` query. */
  defaultAuth?: AuthSchemeIR[];
}

type Settled = 'spec' | 'naming' | 'flavor' | 'filters' | 'options' | 'templates';
export type ResolvedConfig = Required<Omit<SdkgenConfig, Settled>> & {
  spec: string;
  usesEmbeddedSpec: boolean;
  generatorVersion: string;
  naming: NamingStrategy;
  namingHooks: NamingHooks;
  flavor: ResolvedFlavor;
  /** The flavor's filters, then the user's: an operation must pass each. */
  filters: OperationFilters[];
};

export function embeddedSpecPath(): string {
  return join(packageRoot(), 'examples/voipbin/openapi.yaml');
}

export function embeddedReasonsPath(): string {
  return join(packageRoot(), 'examples/voipbin/reasons.rst');
}

/** User config → resolved config: every default in one place. */
export function resolveConfig(config: SdkgenConfig = {}): ResolvedConfig {
  const usesEmbeddedSpec = config.spec === undefined;
  const cwd = config.cwd ?? process.cwd();
  const flavor = resolveFlavor(withOptions(config.flavor, config.options), config.templates === undefined ? undefined : resolve(cwd, config.templates));
  return {
    spec: config.spec ?? embeddedSpecPath(),
    usesEmbeddedSpec,
    reasons: config.reasons ?? (usesEmbeddedSpec ? [embeddedReasonsPath()] : []),
    naming: (typeof config.naming === 'object' ? config.naming.strategy : config.naming) ?? 'path',
    namingHooks: typeof config.naming === 'object' ? namingHooksOf(config.naming) : {},
    flavor,
    filters: [flavor.filters, ...(config.filters ? [config.filters] : [])],
    hooks: config.hooks ?? {},
    packageName: config.packageName ?? 'voipbin-sdk',
    packageVersion: config.packageVersion ?? '0.1.0',
    clientName: config.clientName ?? 'VoipbinClient',
    seed: config.seed ?? 1,
    format: config.format ?? true,
    cwd,
    pagination: config.pagination ?? VOIPBIN_PAGINATION,
    defaultAuth: config.defaultAuth ?? VOIPBIN_AUTH,
    generatorVersion: generatorVersion(),
  };
}

function namingHooksOf({ strategy: _strategy, ...hooks }: NamingConfig): NamingHooks {
  return hooks;
}

/** Target-level emitter options are a custom flavor's options over the chosen flavor. */
function withOptions(flavor: SdkgenConfig['flavor'], options: EmitterOptionsInput | undefined): SdkgenConfig['flavor'] {
  if (!options) return flavor;
  const custom: CustomFlavor = typeof flavor === 'object' ? flavor : { extends: flavor ?? 'full' };
  const merged: EmitterOptionsInput = { ...custom.options };
  for (const key of Object.keys(options) as (keyof EmitterOptionsInput)[]) merged[key] = { ...custom.options?.[key], ...options[key] };
  return { ...custom, options: merged };
}
