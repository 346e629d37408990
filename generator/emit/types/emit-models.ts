import type { NamedSchemaIR, SchemaIR } from '../../ir/types.js';
import { docBlock, docText } from '../naming/js-doc.js';
import { propertyKey, scalarLiteral } from '../naming/literals.js';
import { jsDoc, structures, type PropertySig, type Statement } from '../ts/index.js';
import { enumMemberKeys } from './enum-members.js';
import { additionalType, propertyDoc, typeExpression, type TypeContext } from './type-expression.js';

/** Declarations for every named schema: interfaces for objects, unions plus `as const` objects for enums, aliases otherwise. */
export function modelStatements(schemas: NamedSchemaIR[], names: Map<string, string>, ctx: TypeContext): Statement[] {
  return schemas.flatMap((named) => modelDeclaration(named, names.get(named.pointer) as string, ctx));
}

function modelDeclaration(named: NamedSchemaIR, name: string, ctx: TypeContext): Statement[] {
  const schema = named.schema;
  const docs = jsDoc(schemaDoc(schema));
  if (schema.kind === 'object' && !schema.nullable) {
    const additional = additionalType(schema, ctx);
    return [
      structures.interface({
        name,
        isExported: true,
        ...(docs ? { docs } : {}),
        properties: schema.properties.map((property): PropertySig => {
          const doc = jsDoc(propertyDoc(property.schema));
          return { name: propertyKey(property.name), hasQuestionToken: !property.required, type: typeExpression(property.schema, ctx), ...(doc ? { docs: doc } : {}) };
        }),
        ...(additional ? { indexSignatures: [{ keyName: 'key', keyType: 'string', returnType: additional }] } : {}),
      }),
    ];
  }
  if (schema.kind === 'enum') {
    const keys = enumMemberKeys(name, named.name, schema.members);
    const entries = schema.members.map((member, index) => {
      const doc = member.description ? `/** ${docText(member.description)} */\n` : '';
      return `${doc}${propertyKey(keys[index] as string)}: ${scalarLiteral(member.value)},`;
    });
    return [
      structures.typeAlias({ name, isExported: true, type: typeExpression(schema, ctx), ...(docs ? { docs } : {}) }),
      structures.constant(name, `{\n${entries.join('\n')}\n} as const`, { docs: `Every value of {@link ${name}}, by name.` }),
    ];
  }
  return [structures.typeAlias({ name, isExported: true, type: typeExpression(schema, ctx), ...(docs ? { docs } : {}) })];
}

function schemaDoc(schema: SchemaIR): string | undefined {
  return docBlock([schema.title !== undefined && schema.title !== schema.description && docText(schema.title), propertyDoc(schema)]);
}
