import type { Flavor } from './types.js';
import { full } from './full.js';

/** Full, plus zod schemas from the IR that check every response (and, when asked, every request body) at run time. */
export const zod: Flavor = {
  name: 'zod',
  description: 'Full SDK plus runtime validation of responses (optionally requests) with zod schemas; adds zod as a dependency.',
  emitters: [...full.emitters, 'zod'],
  options: { zod: { responses: true, requests: false } },
};
