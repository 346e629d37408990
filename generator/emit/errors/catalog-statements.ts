import type { ErrorReasonIR } from '../../ir/types.js';
import { isGenericReason, reasonsByGroup, type ReasonNames } from '../naming/reason-names.js';
import { docText } from '../naming/js-doc.js';
import { propertyKey, stringLiteral } from '../naming/literals.js';
import { structures, type Statement } from '../ts/index.js';
import { inlineDoc } from '../types/type-expression.js';
import { reasonDoc } from './reason-doc.js';

/** `ErrorReason` (an `as const` object and its union type), `GenericErrorReason` and one union per group. */
export function catalogStatements(reasons: readonly ErrorReasonIR[], names: ReasonNames): Statement[] {
  const members = reasons.map((reason) => `${inlineDoc(reasonDoc(reason))}${propertyKey(reason.reason)}: ${stringLiteral(reason.reason)},`);
  const generic = reasons.filter(isGenericReason).map((reason) => reason.reason);
  const groups = [...reasonsByGroup(reasons)].filter(([group]) => names.groups.has(group));
  return [
    structures.constant(names.reason, `{\n${members.join('\n')}\n} as const`, {
      docs:
        'Every error reason the catalog publishes, the `reason` of an API error (`error.reason`).\n' +
        'The server may send reasons newer than this SDK, so `reason` stays a `string`: compare with these,\n' +
        'or narrow with `hasReason(error, ...)`.',
    }),
    structures.typeAlias({
      name: names.reason,
      isExported: true,
      type: `(typeof ${names.reason})[keyof typeof ${names.reason}]`,
      docs: [{ description: 'One of the error reasons the catalog publishes.' }],
    }),
    structures.typeAlias({
      name: names.generic,
      isExported: true,
      type: union(generic),
      docs: [{ description: 'The reasons every operation can raise (authentication, validation, rate limits, server failures).' }],
    }),
    ...groups.map(([group, members]) =>
      structures.typeAlias({ name: names.groups.get(group) as string, isExported: true, type: union(members), docs: [{ description: `The reasons of the catalog group "${docText(group)}".` }] }),
    ),
  ];
}

/** A union of string literals, `never` when empty. */
export function union(members: readonly string[]): string {
  return members.length === 0 ? 'never' : members.map(stringLiteral).join(' | ');
}
