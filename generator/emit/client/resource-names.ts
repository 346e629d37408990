import type { NamingHooks } from '../../config/hooks.js';
import type { ResourceIR } from '../../ir/types.js';
import { hookedResourceNames } from '../naming/hooks.js';
import { memberName, pascalCase, uniqueName, words } from '../naming/identifiers.js';

/** The identifiers of one resource node, settled before any code is printed. */
export interface ResourceNames {
  node: ResourceIR;
  /** Class name, from the full path: `ServiceAgentsCalls`. */
  className: string;
  /** Property on the parent: `calls`. */
  propertyName: string;
  /** Kebab-case module name of the top-level resource that holds it: `service-agents`. */
  fileName: string;
  children: ResourceNames[];
}

/**
 * Class, property and file names for the whole resource tree. Class names
 * are unique across the SDK (they share `index.ts`); a child whose property
 * would clash with a method of its parent gets a numeric suffix. The
 * `resource` naming hook may replace the defaults first.
 */
export function nameResources(resources: ResourceIR[], methodNamesOf: (node: ResourceIR) => string[], takenTypes: Set<string>, hooks?: NamingHooks): ResourceNames[] {
  const files = new Set<string>();
  const visit = (node: ResourceIR, fileName: string, siblings: Set<string>): ResourceNames => {
    const wanted = hookedResourceNames(hooks, { property: memberName(node.name), className: pascalCase(node.path.join('_')), path: node.path });
    const className = uniqueName(wanted.className, takenTypes);
    const propertyName = uniqueName(wanted.property, siblings);
    // A child's property must not take the name of one of this resource's methods.
    const members = new Set(methodNamesOf(node));
    const children = node.children.map((child) => visit(child, fileName, members));
    return { node, className, propertyName, fileName, children };
  };
  const clientMembers = new Set<string>();
  return resources.map((node) => visit(node, uniqueName(words(node.name).join('-').toLowerCase() || 'resource', files), clientMembers));
}
