/**
 * How much code graphql-jit would generate for an operation, counted before compiling: jit writes
 * the selection out once per possible object type wherever a field returns an interface or union,
 * so nesting abstract fields (`relations { from { relations { from … } } }`, Entity has many
 * implementations) grows the code exponentially — 4 levels took 7 s to compile, blocking the
 * event loop. The count stops as soon as it passes the limit, so it costs at most `limit` steps.
 */
import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";

/** Selections jit may write out for one operation; past it the operation runs on graphql-js. */
export const MAX_JIT_EXPANSION = 2_000;

/** Whether jit's expansion of `operationName` in `document` stays within `limit` selections. */
export function jitExpansionWithin(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  limit = MAX_JIT_EXPANSION,
): boolean {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  let count = 0;
  const applies = (condition: string | undefined, type: GraphQLObjectType): boolean => {
    if (condition === undefined || condition === type.name) return true;
    const named = schema.getType(condition);
    return named !== undefined && isAbstractType(named) && schema.isSubType(named, type);
  };
  // Counts the selections of `set` on `type`, once per possible object type; false once over.
  const walk = (set: SelectionSetNode, type: GraphQLCompositeType, spread: Set<string>): boolean => {
    const objects = isObjectType(type) ? [type] : schema.getPossibleTypes(type);
    for (const object of objects) {
      for (const selection of set.selections) {
        if (++count > limit) return false;
        if (selection.kind === Kind.FIELD) {
          if (selection.selectionSet === undefined) continue;
          const field = object.getFields()[selection.name.value];
          const named = field === undefined ? undefined : getNamedType(field.type);
          if (named !== undefined && isCompositeType(named) && !walk(selection.selectionSet, named, spread))
            return false;
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          if (
            applies(selection.typeCondition?.name.value, object) &&
            !walk(selection.selectionSet, object, spread)
          )
            return false;
        } else {
          const fragment = fragments.get(selection.name.value);
          if (fragment === undefined || spread.has(fragment.name.value)) continue;
          if (!applies(fragment.typeCondition.name.value, object)) continue;
          spread.add(fragment.name.value);
          const ok = walk(fragment.selectionSet, object, spread);
          spread.delete(fragment.name.value);
          if (!ok) return false;
        }
      }
    }
    return true;
  };
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName ? d.name?.value !== operationName : false) continue;
    const root =
      d.operation === "query"
        ? schema.getQueryType()
        : d.operation === "mutation"
          ? schema.getMutationType()
          : schema.getSubscriptionType();
    if (!root || !walk(d.selectionSet, root, new Set())) return false;
  }
  return true;
}
