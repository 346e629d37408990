import type { Flavor } from './types.js';

/**
 * The smallest bundle: models and one standalone function per operation
 * (`callsList(client)`), so a bundler keeps only the operations an app
 * calls. No mocks, no error-reason module.
 */
export const lite: Flavor = {
  name: 'lite',
  description: 'Browser SDK: models and tree-shakeable functions per operation (`callsList(client)`); no mocks.',
  emitters: ['types', 'functions'],
  templates: 'templates/flavors/lite',
};
