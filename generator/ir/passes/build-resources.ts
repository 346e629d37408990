import type { ApiIR, ResourceIR } from '../types.js';

/** The resource tree from each operation's `resource` path; children and operations in stable order. */
export function buildResources(ir: ApiIR): ApiIR {
  const root: ResourceIR = { name: '', path: [], operations: [], children: [] };
  for (const operation of ir.operations) {
    let node = root;
    for (const name of operation.resource) {
      let next = node.children.find((candidate) => candidate.name === name);
      if (!next) {
        next = { name, path: [...node.path, name], operations: [], children: [] };
        node.children.push(next);
      }
      node = next;
    }
    node.operations.push(operation.pointer);
  }
  const sortTree = (nodes: ResourceIR[]): ResourceIR[] =>
    nodes.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((node) => ({ ...node, children: sortTree(node.children) }));
  return { ...ir, resources: sortTree(root.children) };
}
