/** What a change means for an SDK release: the semver part it bumps. `major` is a breaking change. */
export type Bump = 'major' | 'minor' | 'patch';

/** Which way data flows through a type: built by the user (request), read by the user (response), or both. */
export type Direction = 'request' | 'response' | 'both';

export type ChangeKind =
  | 'resource-added'
  | 'resource-removed'
  | 'method-added'
  | 'method-removed'
  | 'method-renamed'
  | 'method-deprecated'
  | 'arguments-changed'
  | 'param-added'
  | 'param-removed'
  | 'param-required'
  | 'param-optional'
  | 'body-added'
  | 'body-removed'
  | 'model-added'
  | 'model-removed'
  | 'field-added'
  | 'field-removed'
  | 'field-required'
  | 'field-optional'
  | 'nullable-added'
  | 'nullable-removed'
  | 'type-changed'
  | 'enum-member-added'
  | 'enum-member-removed'
  | 'response-changed'
  | 'pagination-added'
  | 'pagination-removed'
  | 'pagination-changed'
  | 'reason-added'
  | 'reason-removed'
  | 'error-status-added'
  | 'error-status-removed';

/** One change as an SDK user sees it. */
export interface SdkChange {
  kind: ChangeKind;
  bump: Bump;
  breaking: boolean;
  /** Where, in SDK terms: `client.calls.hangup`, `client.calls.list params.pageSize`, `Call.status`. */
  target: string;
  /** One sentence, Markdown, for a changelog. */
  message: string;
  /** The HTTP operation, when the change belongs to one: `POST /calls/{id}/hangup`. */
  operation?: string;
  before?: string;
  after?: string;
  /** For changes that span methods (error reasons and statuses): every SDK method concerned. */
  methods?: string[];
}

export interface ApiLabel {
  title: string;
  version: string;
  specHash: string;
}

export interface DiffReport {
  from: ApiLabel;
  to: ApiLabel;
  /** The largest bump of any change; `none` when nothing changed for SDK users. */
  bump: Bump | 'none';
  counts: { breaking: number; nonBreaking: number; byKind: Partial<Record<ChangeKind, number>> };
  /** Breaking first, then by target and kind. */
  changes: SdkChange[];
}
