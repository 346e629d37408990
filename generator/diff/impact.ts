import type { Bump, Direction, SdkChange } from './types.js';

const ORDER: Record<Bump, number> = { patch: 0, minor: 1, major: 2 };

export function maxBump(bumps: Bump[]): Bump | 'none' {
  return bumps.reduce<Bump | 'none'>((worst, bump) => (worst === 'none' || ORDER[bump] > ORDER[worst] ? bump : worst), 'none');
}

/**
 * The bump of a change that depends on which way data flows. Users build
 * requests and read responses, so narrowing a request type and widening a
 * response type break them; a type used both ways takes the worse of the two.
 */
export function byDirection(direction: Direction, impact: { request: Bump; response: Bump }): Bump {
  if (direction === 'both') return maxBump([impact.request, impact.response]) as Bump;
  return impact[direction];
}

/** A change with `breaking` filled in from its bump. */
export function change(fields: Omit<SdkChange, 'breaking'>): SdkChange {
  return { ...fields, breaking: fields.bump === 'major' };
}
