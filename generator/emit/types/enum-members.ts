import type { EnumMemberIR } from '../../ir/types.js';
import { pascalCase, uniqueName } from '../naming/identifiers.js';

/**
 * Keys for an enum's `as const` object: the spec's member names
 * (`x-enum-varnames`) with the type's own prefix dropped, else the value in
 * PascalCase; `""` is `Empty`; numbers read `Value64`. Unique within the enum.
 */
export function enumMemberKeys(typeName: string, rawTypeName: string, members: EnumMemberIR[]): string[] {
  const taken = new Set<string>();
  return members.map((member) => uniqueName(memberKey(typeName, rawTypeName, member), taken));
}

function memberKey(typeName: string, rawTypeName: string, member: EnumMemberIR): string {
  if (member.name) {
    for (const prefix of [rawTypeName, typeName]) {
      if (member.name.startsWith(prefix) && member.name.length > prefix.length) return pascalCase(member.name.slice(prefix.length));
    }
    return pascalCase(member.name);
  }
  const value = member.value;
  if (value === '') return 'Empty';
  if (typeof value === 'number') return value < 0 ? `Minus${pascalCase(String(-value))}` : `Value${String(value).replace('.', '_')}`;
  if (typeof value === 'boolean' || value === null) return pascalCase(String(value));
  const key = pascalCase(value);
  return key === '_' ? 'Value' : key;
}
