import type { Flavor } from './types.js';

/**
 * The default: models, the resource client, error reasons, mocks and the
 * README. `errors` and `mocks` are emitters being built on other branches;
 * until they are registered (generator/emit/registry.ts) they are skipped.
 */
export const full: Flavor = {
  name: 'full',
  description: 'Back-end SDK: typed models, `client.calls.list()` resources, error reasons, mocks and a README.',
  emitters: ['types', 'client', 'errors', 'mocks'],
};
