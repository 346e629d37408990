import type { Diagnostic } from '../../diagnostics/types.js';
import { nameKey } from '../name-key.js';
import type { ApiIR, HttpMethod, OperationIR } from '../types.js';

export type NamingStrategy = 'path' | 'operationId';

interface Segment {
  text: string;
  isParam: boolean;
}

/**
 * Groups operations into resources by path and gives each a method name.
 *
 * A static segment is a resource when it is first, is followed by a
 * parameter or by further segments in some path, or sits under a pure
 * namespace (a segment with no operations of its own) and can be read with
 * GET, or follows a parameter and lists pages (`/conversations/{id}/messages`). Otherwise it is an action of its parent: `POST /calls/{id}/hangup` →
 * `calls.hangup`. CRUD on a resource: list/create/get/update/delete. Actions
 * get their name for POST, `get_`/`list_`/`update_`/`delete_` + name for the
 * other methods, and DELETE of an action that also has a POST is its undo:
 * `un` + name (`hold` / `unhold`), or `cancel_` + name when it starts with "un".
 * With the `operationId` strategy an operationId, when present, is the name.
 */
export function nameOperations(ir: ApiIR, strategy: NamingStrategy = 'path'): { ir: ApiIR; diagnostics: Diagnostic[] } {
  const topology = pathTopology(ir.operations);
  const named = ir.operations.map((operation) => {
    const { resource, name } = deriveName(operation, topology);
    const rawName = strategy === 'operationId' && operation.operationId ? operation.operationId : name;
    return { ...operation, resource, rawName };
  });
  const diagnostics = resolveCollisions(named);
  return { ir: { ...ir, operations: named }, diagnostics };
}

function segmentsOf(path: string): Segment[] {
  return path
    .split('/')
    .filter((text) => text !== '')
    .map((text) => ({ text, isParam: /^\{.*\}$/.test(text) }));
}

/** Facts about every path prefix: what follows it, and which methods it has. */
interface Topology {
  followedByParam: Set<string>;
  hasChildren: Set<string>;
  paginated: Set<string>;
  methods: Map<string, Set<HttpMethod>>;
}

function pathTopology(operations: OperationIR[]): Topology {
  const topology: Topology = { followedByParam: new Set(), hasChildren: new Set(), paginated: new Set(), methods: new Map() };
  for (const operation of operations) {
    const segments = segmentsOf(operation.path);
    const key = prefixKey(segments, segments.length);
    if (!topology.methods.has(key)) topology.methods.set(key, new Set());
    topology.methods.get(key)!.add(operation.method);
    if (operation.pagination) topology.paginated.add(key);
    for (let index = 0; index < segments.length - 1; index++) {
      const prefix = prefixKey(segments, index + 1);
      topology.hasChildren.add(prefix);
      if (segments[index + 1]!.isParam) topology.followedByParam.add(prefix);
    }
  }
  return topology;
}

/** A path prefix with parameter names erased, so `/a/{id}` and `/a/{x}` agree. */
function prefixKey(segments: Segment[], length: number): string {
  return segments
    .slice(0, length)
    .map((segment) => (segment.isParam ? '{}' : segment.text))
    .join('/');
}

function isResourceSegment(segments: Segment[], index: number, topology: Topology): boolean {
  if (index === 0) return true;
  const key = prefixKey(segments, index + 1);
  if (topology.followedByParam.has(key) || topology.hasChildren.has(key)) return true;
  const previous = segments[index - 1]!;
  if (previous.isParam) return topology.paginated.has(key);
  const parentIsNamespace = !topology.methods.has(prefixKey(segments, index));
  return parentIsNamespace && (topology.methods.get(key)?.has('get') ?? false);
}

function deriveName(operation: OperationIR, topology: Topology): { resource: string[]; name: string } {
  const segments = segmentsOf(operation.path);
  const resource: string[] = [];
  let action: string | undefined;
  let endsWithParam = false;
  segments.forEach((segment, index) => {
    if (segment.isParam) {
      endsWithParam = index === segments.length - 1;
      return;
    }
    if (index === segments.length - 1 && !isResourceSegment(segments, index, topology)) action = segment.text;
    else resource.push(segment.text);
  });
  if (resource.length === 0) resource.push('root');
  const paginated = operation.pagination !== undefined;
  if (action !== undefined) return { resource, name: actionName(operation.method, action, segments, topology, paginated) };
  return { resource, name: crudName(operation.method, endsWithParam, paginated, operation) };
}

function crudName(method: HttpMethod, onInstance: boolean, paginated: boolean, operation: OperationIR): string {
  switch (method) {
    case 'get':
      return onInstance ? 'get' : paginated || returnsArray(operation) ? 'list' : 'get';
    case 'post':
      return 'create';
    case 'put':
    case 'patch':
      return 'update';
    case 'delete':
      return 'delete';
    default:
      return method;
  }
}

function actionName(method: HttpMethod, action: string, segments: Segment[], topology: Topology, paginated: boolean): string {
  switch (method) {
    case 'post':
      return action;
    case 'get':
      return `${paginated ? 'list' : 'get'}_${action}`;
    case 'put':
    case 'patch':
      return `update_${action}`;
    case 'delete': {
      const hasPost = topology.methods.get(prefixKey(segments, segments.length))?.has('post') ?? false;
      if (!hasPost) return `delete_${action}`;
      return /^un/i.test(action) ? `cancel_${action}` : `un${action}`;
    }
    default:
      return `${method}_${action}`;
  }
}

function returnsArray(operation: OperationIR): boolean {
  return operation.success?.schema?.kind === 'array';
}

/**
 * Two operations with one resource and name (after sanitising: `x-y`, `x_y`
 * and `xY` are one method): the later (by path, method) gets a method suffix.
 */
function resolveCollisions(operations: OperationIR[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const taken = new Map<string, OperationIR>();
  const keyOf = (operation: OperationIR, name: string) => `${operation.resource.join('/')}#${nameKey(name)}`;
  for (const operation of operations) {
    const first = taken.get(keyOf(operation, operation.rawName));
    if (first) {
      let renamed = `${operation.rawName}_${operation.method}`;
      for (let n = 2; taken.has(keyOf(operation, renamed)); n++) renamed = `${operation.rawName}_${operation.method}${n}`;
      diagnostics.push({
        code: 'operation-name-collision',
        severity: 'warning',
        pointer: operation.pointer,
        message: `${operation.method.toUpperCase()} ${operation.path} and ${first.method.toUpperCase()} ${first.path} both map to ${operation.resource.join('.')}.${first.rawName}; the second is named "${renamed}". Set an operationId and the operationId naming strategy to choose names.`,
      });
      operation.rawName = renamed;
    }
    taken.set(keyOf(operation, operation.rawName), operation);
  }
  return [...diagnostics, ...resourceCollisions(operations)];
}

/** Sibling resources whose names sanitise alike (`call-logs`, `call_logs`): emit/naming gives the later (by raw name) a numeric suffix; say so. */
function resourceCollisions(operations: OperationIR[]): Diagnostic[] {
  /** parent path + name key → raw segment → the first operation under it. */
  const groups = new Map<string, Map<string, OperationIR>>();
  for (const operation of operations) {
    operation.resource.forEach((segment, depth) => {
      const key = `${operation.resource.slice(0, depth).join('/')}#${nameKey(segment)}`;
      const group = groups.get(key) ?? new Map<string, OperationIR>();
      groups.set(key, group);
      if (!group.has(segment)) group.set(segment, operation);
    });
  }
  const diagnostics: Diagnostic[] = [];
  for (const group of groups.values()) {
    const [kept, ...renamed] = [...group.keys()].sort();
    for (const segment of renamed) {
      const operation = group.get(segment) as OperationIR;
      diagnostics.push({
        code: 'resource-name-collision',
        severity: 'warning',
        pointer: operation.pointer,
        message: `Resources "${kept}" and "${segment}" (${operation.path}) have the same name once sanitised; "${segment}" gets a numeric suffix. Rename a path segment to choose.`,
      });
    }
  }
  return diagnostics;
}
