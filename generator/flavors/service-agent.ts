import type { Flavor } from './types.js';
import { full } from './full.js';

/** The agent-desk SDK: only `/service_agents/**` operations and the models they reach. */
export const serviceAgent: Flavor = {
  name: 'service-agent',
  description: 'Agent-desk SDK: only the /service_agents/** operations and the models they reach.',
  emitters: full.emitters,
  filters: { include: { paths: ['/service_agents/**'] } },
};
