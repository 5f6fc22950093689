/**
 * A complexity budget that knows about pagination: every object field costs 1, times the
 * number of items a list field may return (its `first` or `limit` argument, a schema hint
 * `listSize`, or 10). Runs at execution, when variable values are known; over budget → COMPLEXITY_LIMIT.
 */
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";
import type { Plugin } from "graphql-yoga";

/** The default budget of one operation. */
export const COMPLEXITY_BUDGET = 50_000;
const DEFAULT_LIST_SIZE = 10;
const SIZE_ARGS = ["first", "limit"];

function listSize(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): number {
  for (const name of SIZE_ARGS) {
    const arg = node.arguments?.find((a) => a.name.value === name);
    let value: unknown = field.args.find((a) => a.name === name)?.defaultValue;
    if (arg?.value.kind === Kind.INT) value = Number(arg.value.value);
    else if (arg?.value.kind === Kind.VARIABLE) value = variables[arg.value.name.value] ?? value;
    if (typeof value === "number" && Number.isFinite(value)) return Math.max(0, Math.min(value, 5000));
  }
  const hint = field.extensions["listSize"];
  if (typeof hint === "number") return hint;
  return isListType(getNullableType(field.type)) ? DEFAULT_LIST_SIZE : 1;
}

/** Estimates the cost of an operation of `document` with the given variables. */
export function estimateComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return 0;
  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType, depth: number): number => {
    if (depth > 64) return 0;
    let cost = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith("__") || !(isObjectType(parent) || isInterfaceType(parent))) continue;
        const field = parent.getFields()[sel.name.value];
        const type = field && getNamedType(field.type);
        if (!field || !sel.selectionSet || !isCompositeType(type)) continue;
        cost += listSize(field, sel, variables) * (1 + walk(sel.selectionSet, type, depth + 1));
      } else {
        const fragment = sel.kind === Kind.FRAGMENT_SPREAD ? fragments.get(sel.name.value) : sel;
        if (!fragment) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
        if (isCompositeType(condition)) cost += walk(fragment.selectionSet, condition, depth + 1);
      }
    }
    return cost;
  };
  const root = schema.getRootType(operation.operation);
  return root ? walk(operation.selectionSet, root, 0) : 0;
}

/** A yoga plugin that rejects operations whose estimated cost exceeds `budget`. */
export function useComplexityLimit(budget = COMPLEXITY_BUDGET): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const cost = estimateComplexity(args.schema, args.document, args.operationName, variables);
      if (cost > budget) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(
              `Query is too complex: estimated cost ${cost} exceeds the budget of ${budget} (each list counts as many items as its \`first\`/\`limit\`). Ask for fewer items or fewer nested lists.`,
              { extensions: { code: "COMPLEXITY_LIMIT", cost, budget } },
            ),
          ],
        });
      }
    },
  };
}
