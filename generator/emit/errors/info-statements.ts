import type { ErrorReasonIR } from '../../ir/types.js';
import type { ReasonNames } from '../naming/reason-names.js';
import { propertyKey, stringLiteral } from '../naming/literals.js';
import { structures, type Statement } from '../ts/index.js';
import { isRetryableReason } from './retryable.js';

const INFO_TABLE = 'REASON_INFO';
const RETRYABLE_SET = 'RETRYABLE_REASONS';

/**
 * `ErrorReasonInfo`, the metadata table, `reasonInfo()` and
 * `isRetryableReason()`. The client imports only the latter, which reads a
 * small set, so a bundler can drop the table's texts when `reasonInfo` is unused.
 */
export function infoStatements(reasons: readonly ErrorReasonIR[], names: ReasonNames): Statement[] {
  const rows = reasons.map((reason) => `${propertyKey(reason.reason)}: ${infoLiteral(reason)},`);
  const retryable = reasons.filter(isRetryableReason).map((reason) => stringLiteral(reason.reason));
  return [
    structures.interface({
      name: names.info,
      isExported: true,
      docs: [{ description: 'What the catalog says about one error reason.' }],
      properties: [
        { name: 'http', isReadonly: true, type: 'number', docs: ['The HTTP status the server sends it with.'] },
        { name: 'status', isReadonly: true, type: 'string', docs: ['The canonical status (`error.status`), e.g. `NOT_FOUND`.'] },
        { name: 'group', isReadonly: true, type: 'string', docs: ['The catalog group it is published under.'] },
        { name: 'description', isReadonly: true, type: 'string', docs: ['What causes it.'] },
        { name: 'fix', isReadonly: true, hasQuestionToken: true, type: 'string', docs: ['What to do about it, when the catalog says.'] },
        { name: 'retryable', isReadonly: true, type: 'boolean', docs: ['Whether the client sends a request that failed with it again (within `maxRetries`).'] },
      ],
    }),
    structures.constant(INFO_TABLE, `{\n${rows.join('\n')}\n}`, { exported: false, type: `{ readonly [R in ${names.reason}]: ${names.info} }` }),
    structures.constant(RETRYABLE_SET, `new Set<string>([${retryable.join(', ')}])`, { exported: false, type: 'ReadonlySet<string>' }),
    structures.function({
      name: 'reasonInfo',
      isExported: true,
      docs: [{ description: 'What the catalog says about `reason`; undefined for a reason this SDK does not know (newer than the SDK) or none.' }],
      parameters: [{ name: 'reason', type: 'string | undefined' }],
      returnType: `${names.info} | undefined`,
      statements: [`if (reason === undefined || !Object.hasOwn(${INFO_TABLE}, reason)) return undefined;`, `return ${INFO_TABLE}[reason as ${names.reason}];`],
    }),
    structures.function({
      name: 'isRetryableReason',
      isExported: true,
      docs: [{ description: 'Whether the client retries a request that failed with `reason`; undefined for a reason this SDK does not know, which leaves it to the HTTP status.' }],
      parameters: [{ name: 'reason', type: 'string' }],
      returnType: 'boolean | undefined',
      statements: [`return Object.hasOwn(${names.reason}, reason) ? ${RETRYABLE_SET}.has(reason) : undefined;`],
    }),
  ];
}

function infoLiteral(reason: ErrorReasonIR): string {
  const fields = [
    `http: ${reason.http}`,
    `status: ${stringLiteral(reason.status)}`,
    `group: ${stringLiteral(reason.group)}`,
    `description: ${stringLiteral(reason.description)}`,
    ...(reason.fix === undefined ? [] : [`fix: ${stringLiteral(reason.fix)}`]),
    `retryable: ${isRetryableReason(reason)}`,
  ];
  return `{ ${fields.join(', ')} }`;
}
