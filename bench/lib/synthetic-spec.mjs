// A bigger spec with the same shape: the source's paths and components copied `times` times under new names.

const COMPONENT_REF = /^#\/components\/([^/]+)\/(.+)$/;

/** Copy `index` of a component name; copy 0 keeps the original name so ×1 is the source itself. */
function copyName(name, index) {
  return index === 0 ? name : `${name}Copy${index}`;
}

/** Deep copy of a spec value with every component ref pointed at the same copy. */
function renameRefs(value, index) {
  if (Array.isArray(value)) return value.map((item) => renameRefs(item, index));
  if (value === null || typeof value !== 'object') return value;
  const result = {};
  for (const [key, child] of Object.entries(value)) {
    const match = key === '$ref' && typeof child === 'string' ? COMPONENT_REF.exec(child) : null;
    if (match) result[key] = `#/components/${match[1]}/${copyName(match[2], index)}`;
    else if (key === 'operationId' && typeof child === 'string' && index > 0) result[key] = `${child}Copy${index}`;
    else result[key] = renameRefs(child, index);
  }
  return result;
}

/** @param {object} spec an OpenAPI document with only internal refs @param {number} times */
export function replicateSpec(spec, times) {
  const paths = {};
  const components = {};
  for (let index = 0; index < times; index++) {
    const prefix = index === 0 ? '' : `/copy${index}`;
    for (const [path, item] of Object.entries(spec.paths ?? {})) paths[prefix + path] = renameRefs(item, index);
    for (const [kind, entries] of Object.entries(spec.components ?? {})) {
      components[kind] ??= {};
      for (const [name, entry] of Object.entries(entries)) components[kind][copyName(name, index)] = renameRefs(entry, index);
    }
  }
  return { ...spec, paths, components };
}
