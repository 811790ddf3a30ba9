import { TypeInfo, getArgumentValues, getVariableValues, visit, visitWithTypeInfo, type DocumentNode, type GraphQLCompositeType, type GraphQLField, type GraphQLSchema, type OperationDefinitionNode } from "graphql";

/** One field of an operation with the argument values it is called with (inline or from variables). */
export type FieldArgumentsVisitor = (field: GraphQLField<unknown, unknown>, parent: GraphQLCompositeType, values: Record<string, unknown>) => void;

/**
 * Calls `visitor` for every field of `document` that takes arguments, with their coerced values, so a
 * plugin can refuse an operation at `didResolveOperation`, before anything executes (by throwing).
 * Variables or arguments that do not coerce are skipped: execution reports them with graphql-js's own errors.
 */
export function visitFieldArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  visitor: FieldArgumentsVisitor,
): void {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return;
  const typeInfo = new TypeInfo(schema);
  visit(document, visitWithTypeInfo(typeInfo, {
    Field(node) {
      const field = typeInfo.getFieldDef();
      const parent = typeInfo.getParentType();
      if (!field || !parent || !field.args.length) return;
      let values: Record<string, unknown>;
      try {
        values = getArgumentValues(field, node, coerced.coerced);
      } catch {
        return;
      }
      visitor(field, parent, values);
    },
  }));
}
