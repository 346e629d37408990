import type { ParameterIR } from '../ir/types.js';
import { change } from './impact.js';
import { code } from './markdown-code.js';
import { schemaChanges, type SurfacePair } from './schema-changes.js';
import type { SdkMethod } from './sdk-surface.js';
import { typeText } from './type-text.js';
import type { SdkChange } from './types.js';

/** What a caller must pass: positional path arguments, the params object's fields, the body. */
export function inputChanges(before: SdkMethod, after: SdkMethod, pair: SurfacePair): SdkChange[] {
  return [...argumentChanges(before, after, pair), ...paramChanges(before, after, pair), ...bodyChanges(before, after, pair)];
}

function argumentChanges(before: SdkMethod, after: SdkMethod, pair: SurfacePair): SdkChange[] {
  // Path parameters are positional arguments typed `number` or `string`, as the client emitter declares them.
  const signature = (method: SdkMethod, surface: SurfacePair['before']) =>
    method.operation.params.path.map((parameter) => (typeText(parameter.schema, surface, 'request') === 'number' ? 'number' : 'string'));
  const from = signature(before, pair.before);
  const to = signature(after, pair.after);
  if (from.join() === to.join()) return [];
  return [
    change({
      kind: 'arguments-changed',
      bump: 'major',
      target: after.sdkPath,
      operation: after.label,
      before: `(${from.join(', ')})`,
      after: `(${to.join(', ')})`,
      message: `${code(after.sdkPath)} takes path arguments ${code(`(${to.join(', ')})`)} instead of ${code(`(${from.join(', ')})`)}.`,
    }),
  ];
}

function paramChanges(before: SdkMethod, after: SdkMethod, pair: SurfacePair): SdkChange[] {
  // The page token the SDK adds to undeclared paginated operations is not an input change.
  const fields = (method: SdkMethod) => {
    const declared = [...method.operation.params.query, ...method.operation.params.header];
    return new Map(method.inputs.fields.filter((field) => declared.includes(field.parameter)).map((field) => [field.key, field.parameter]));
  };
  const old = fields(before);
  const now = fields(after);
  const where = (key: string) => ({ target: `${after.sdkPath} params.${key}`, operation: after.label });
  const changes: SdkChange[] = [];
  for (const key of old.keys()) {
    if (!now.has(key)) changes.push(change({ kind: 'param-removed', bump: 'major', ...where(key), message: `${code(after.sdkPath)} no longer takes ${code(`params.${key}`)}.` }));
  }
  for (const [key, parameter] of now) {
    const previous = old.get(key);
    if (!previous) {
      const bump = parameter.required ? 'major' : 'minor';
      changes.push(change({ kind: 'param-added', bump, ...where(key), message: `${code(after.sdkPath)} takes a new ${parameter.required ? 'required' : 'optional'} ${code(`params.${key}`)}.` }));
      continue;
    }
    changes.push(...requiredChange(previous, parameter, where(key), `${code(after.sdkPath)} ${code(`params.${key}`)}`));
    changes.push(...schemaChanges(previous.schema, parameter.schema, { ...where(key), direction: 'request' }, pair));
  }
  return changes;
}

function requiredChange(before: Pick<ParameterIR, 'required'>, after: Pick<ParameterIR, 'required'>, where: { target: string; operation: string }, label: string): SdkChange[] {
  if (before.required === after.required) return [];
  return after.required
    ? [change({ kind: 'param-required', bump: 'major', ...where, message: `${label} is now required.` })]
    : [change({ kind: 'param-optional', bump: 'minor', ...where, message: `${label} is now optional.` })];
}

function bodyChanges(before: SdkMethod, after: SdkMethod, pair: SurfacePair): SdkChange[] {
  const [from, to] = [before.operation.body, after.operation.body];
  const where = { target: `${after.sdkPath} body`, operation: after.label };
  if (!from && !to) return [];
  if (from && !to) return [change({ kind: 'body-removed', bump: 'major', ...where, message: `${code(after.sdkPath)} no longer takes a request body.` })];
  if (!from && to) {
    const message = `${code(after.sdkPath)} takes a new ${to.required ? 'required' : 'optional'} request body.`;
    return [change({ kind: 'body-added', bump: to.required ? 'major' : 'minor', ...where, message })];
  }
  if (!from || !to) return [];
  return [
    ...requiredChange(from, to, where, `The request body of ${code(after.sdkPath)}`),
    ...schemaChanges(from.schema, to.schema, { ...where, direction: 'request' }, pair),
  ];
}
