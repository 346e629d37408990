import { BUILTIN_FLAVORS } from '../flavors/index.js';
import type { Shape } from './shape.js';

const strings: Shape = { list: 'string' };
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
const selector: Shape = {
  object: { tags: strings, paths: strings, methods: { list: { enum: [...METHODS, ...METHODS.map((method) => method.toUpperCase())] } }, operations: strings },
};
const selectors: Shape = { oneOf: [selector, { list: selector }], describe: 'a selector or a list of selectors' };
const filters: Shape = { object: { include: selectors, exclude: selectors } };
const flavorNames: Shape = { enum: Object.keys(BUILTIN_FLAVORS) };
const emitterOptions: Shape = { object: { zod: { object: { responses: 'boolean', requests: 'boolean' } } } };
const strategy: Shape = { enum: ['path', 'operationId'] };

/** Every key an SDK target may have, with the shape of its value. */
export const TARGET_SHAPE: Shape = {
  object: {
    name: 'string',
    output: 'string',
    spec: 'string',
    reasons: strings,
    packageName: 'string',
    packageVersion: 'string',
    clientName: 'string',
    flavor: {
      oneOf: [
        flavorNames,
        { object: { name: 'string', description: 'string', extends: flavorNames, emitters: strings, options: emitterOptions, filters } },
      ],
      describe: `a flavor name (${Object.keys(BUILTIN_FLAVORS).join(', ')}) or a custom flavor object`,
    },
    filters,
    naming: {
      oneOf: [strategy, { object: { strategy, operation: 'function', resource: 'function', model: 'function', property: 'function' } }],
      describe: '"path", "operationId" or an object of naming hooks',
    },
    options: emitterOptions,
    templates: 'string',
    hooks: { object: { transformIR: 'function', afterGenerate: 'function' } },
    format: 'boolean',
    seed: 'number',
    pagination: { object: { tokenParam: 'string', sizeParam: 'string', itemsField: 'string', nextField: 'string' }, required: ['tokenParam', 'sizeParam', 'itemsField', 'nextField'] },
    defaultAuth: { list: 'any' },
  },
  required: ['output'],
};

export const CONFIG_FILE_SHAPE: Shape = { object: { sdks: { list: TARGET_SHAPE } }, required: ['sdks'] };
