import { describe, expect, it } from 'vitest';
import { buildResources } from '../../generator/ir/passes/build-resources.js';
import type { OperationIR, ResourceIR } from '../../generator/ir/types.js';
import { api, operation } from '../support/ir-fixture.js';

function named(method: OperationIR['method'], path: string, resource: string[], rawName: string): OperationIR {
  return operation(method, path, { resource, rawName });
}

/** `name[ops](children)` outline of a tree, for readable comparisons. */
function outline(nodes: ResourceIR[]): string[] {
  return nodes.flatMap((node) => [
    `${node.path.join('.')}: ${node.operations.map((pointer) => pointer.replace('#/paths/', '')).join(' ')}`.trimEnd(),
    ...outline(node.children),
  ]);
}

describe('buildResources', () => {
  const operations = [
    named('get', '/zebras', ['zebras'], 'list'),
    named('get', '/calls', ['calls'], 'list'),
    named('post', '/calls/{id}/hangup', ['calls'], 'hangup'),
    named('get', '/service_agents/calls', ['service_agents', 'calls'], 'list'),
    named('delete', '/service_agents/contacts/{id}/tags/{tag_id}', ['service_agents', 'contacts', 'tags'], 'delete'),
    named('get', '/service_agents/agents', ['service_agents', 'agents'], 'list'),
  ];

  it('builds a tree sorted by name, with namespaces that have no operations of their own', () => {
    const { resources } = buildResources(api({ operations }));
    expect(outline(resources)).toEqual([
      'calls: ~1calls/get ~1calls~1{id}~1hangup/post',
      'service_agents:',
      'service_agents.agents: ~1service_agents~1agents/get',
      'service_agents.calls: ~1service_agents~1calls/get',
      'service_agents.contacts:',
      'service_agents.contacts.tags: ~1service_agents~1contacts~1{id}~1tags~1{tag_id}/delete',
      'zebras: ~1zebras/get',
    ]);
  });

  it('records the raw name and full path of every node', () => {
    const { resources } = buildResources(api({ operations }));
    const serviceAgents = resources.find((node) => node.name === 'service_agents')!;
    const contacts = serviceAgents.children.find((node) => node.name === 'contacts')!;
    expect(contacts.path).toEqual(['service_agents', 'contacts']);
    expect(contacts.children[0]).toMatchObject({ name: 'tags', path: ['service_agents', 'contacts', 'tags'] });
  });

  it('keeps operations in operation order within a resource', () => {
    const reversed = [named('post', '/calls/{id}/hangup', ['calls'], 'hangup'), named('get', '/calls', ['calls'], 'list')];
    const { resources } = buildResources(api({ operations: reversed }));
    expect(resources[0]!.operations).toEqual(['#/paths/~1calls~1{id}~1hangup/post', '#/paths/~1calls/get']);
  });

  it('replaces previous resources and leaves the operations untouched', () => {
    const stale: ResourceIR = { name: 'stale', path: ['stale'], operations: [], children: [] };
    const input = api({ operations, resources: [stale] });
    const ir = buildResources(input);
    expect(ir.resources.some((node) => node.name === 'stale')).toBe(false);
    expect(ir.operations).toBe(input.operations);
    expect(input.resources).toEqual([stale]);
  });

  it('gives an API without operations no resources', () => {
    expect(buildResources(api()).resources).toEqual([]);
  });
});
