import type { Flavor } from './types.js';

/** The default: models, the resource client, error reasons (src/reasons.ts), mocks (src/mocks/) and the README. */
export const full: Flavor = {
  name: 'full',
  description: 'Back-end SDK: typed models, `client.calls.list()` resources, error reasons, mocks and a README.',
  emitters: ['types', 'client', 'errors', 'mocks'],
};
