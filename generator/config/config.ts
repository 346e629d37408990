import { join } from 'node:path';
import type { NamingStrategy } from '../ir/passes/name-operations.js';
import { VOIPBIN_PAGINATION, type PaginationConvention } from '../ir/passes/detect-pagination.js';
import { VOIPBIN_AUTH } from '../ir/passes/resolve-auth.js';
import type { AuthSchemeIR } from '../ir/types.js';
import { generatorVersion, packageRoot } from './package-root.js';

/** What a user may set. Every field is optional; `resolveConfig` shows every default. */
export interface SdkgenConfig {
  /** Spec file path or http(s) URL. Default: the embedded example, examples/voipbin/openapi.yaml. */
  spec?: string;
  /** Error-reason catalogs (VoIPBIN RST, JSON or YAML). Default: the example's catalog with the example spec, else none. */
  reasons?: string[];
  /** How methods are named: from the path (default) or from operationIds where present. */
  naming?: NamingStrategy;
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

export type ResolvedConfig = Required<Omit<SdkgenConfig, 'spec'>> & { spec: string; usesEmbeddedSpec: boolean; generatorVersion: string };

export function embeddedSpecPath(): string {
  return join(packageRoot(), 'examples/voipbin/openapi.yaml');
}

export function embeddedReasonsPath(): string {
  return join(packageRoot(), 'examples/voipbin/reasons.rst');
}

/** User config → resolved config: every default in one place. */
export function resolveConfig(config: SdkgenConfig = {}): ResolvedConfig {
  const usesEmbeddedSpec = config.spec === undefined;
  return {
    spec: config.spec ?? embeddedSpecPath(),
    usesEmbeddedSpec,
    reasons: config.reasons ?? (usesEmbeddedSpec ? [embeddedReasonsPath()] : []),
    naming: config.naming ?? 'path',
    packageName: config.packageName ?? 'voipbin-sdk',
    packageVersion: config.packageVersion ?? '0.1.0',
    clientName: config.clientName ?? 'VoipbinClient',
    seed: config.seed ?? 1,
    format: config.format ?? true,
    cwd: config.cwd ?? process.cwd(),
    pagination: config.pagination ?? VOIPBIN_PAGINATION,
    defaultAuth: config.defaultAuth ?? VOIPBIN_AUTH,
    generatorVersion: generatorVersion(),
  };
}

export function defineConfig(config: SdkgenConfig): SdkgenConfig {
  return config;
}
