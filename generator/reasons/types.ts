import type { Diagnostic } from '../diagnostics/types.js';
import type { ErrorReasonIR } from '../ir/types.js';

/** Group of reasons that come with no group: before any heading, or without `group` in JSON. */
export const UNGROUPED = 'Ungrouped';

/** A heading (or JSON `groups` entry) that reasons are published under. */
export interface ReasonGroup {
  name: string;
  /** Endpoint patterns the group covers (`/calls/{id}*`, `GET /aggregated-events`), sorted; `['*']` for generic groups. */
  scope: string[];
  /** True for cross-cutting groups whose reasons apply to every operation. */
  generic: boolean;
  file?: string;
  line?: number;
}

/** What every catalog reader returns; `mergeReasonCatalogs` combines several of them. */
export interface ReasonCatalog {
  reasons: ErrorReasonIR[];
  groups: ReasonGroup[];
  diagnostics: Diagnostic[];
}

/**
 * Schema of a JSON/YAML reason catalog file (see README.md). The same entry
 * shape is used by the `x-error-reasons` OpenAPI vendor extension.
 */
export interface ReasonCatalogDocument {
  groups?: ReasonGroupDocument[];
  reasons: ReasonEntryDocument[];
}

/** A group in a JSON/YAML catalog; `scope: ['*']` makes it generic. */
export interface ReasonGroupDocument {
  name: string;
  scope?: string[];
}

/** One reason in a JSON/YAML catalog or an `x-error-reasons` list. */
export interface ReasonEntryDocument {
  /** UPPER_SNAKE reason code. */
  reason: string;
  /** HTTP status code, 100–599. */
  http: number;
  /** Canonical status; derived from `http` when absent. */
  status?: string;
  /** Name of a group in `groups`; reasons without `appliesTo` inherit its scope. */
  group?: string;
  description: string;
  fix?: string;
  /** Whether the SDK retries a request that failed with this reason; derived from `http` when absent. */
  retryable?: boolean;
  /** Endpoint patterns: `POST /calls/{id}/hangup`, `/calls/{id}*`, or `*`. */
  appliesTo?: string[];
}
