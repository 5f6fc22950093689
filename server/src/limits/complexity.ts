/**
 * A complexity budget that counts what an answer can really hold: every object costs 1, times the
 * number of items its list can return on the served graph (list-sizes.ts: page arguments, else the
 * graph's counts and largest degrees). Arguments are read as sent, from variables, or from a
 * variable's default. Fragments are costed once per type and page scope, so the estimate is linear
 * in the document. A `where` adds what it can scan (list-sizes.ts scanCostOf). Runs at execution,
 * when variables are known; over budget → COMPLEXITY_LIMIT.
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
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { graphSizesOf, type GraphSizes } from "../graph/graph-sizes.ts";
import type { GraphStore } from "../graph/store.ts";
import { listSizeOf, scanCostOf, type ArgValues, type PageScope } from "./list-sizes.ts";

/**
 * The budget of one operation. The largest legitimate document is the explorer's entity details
 * (every relation of the entity, with both ends and evidence: 5 per relation), which costs 110,825
 * on the national synthetic graph, whose most connected entity (an investor) has 22,161 relations;
 * the other legitimate documents cost at most 16,001. 200,000 leaves room for a hub 1.8× larger.
 */
export const COMPLEXITY_BUDGET = 200_000;

/** Arguments that bound the lists beneath the field that takes them (its page scope). */
const PAGE_ARGS = ["first", "limit", "maxHops", "firstLinks"] as const;
/** List arguments whose length bounds the lists beneath (a comparison's zones and metrics). */
const LIST_ARGS = ["ids", "metrics"] as const;

function argValues(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): ArgValues {
  const values: Record<string, unknown> = {};
  for (const arg of field.args) {
    const sent = node.arguments?.find((a) => a.name.value === arg.name);
    const value = sent ? valueFromASTUntyped(sent.value, variables) : undefined;
    values[arg.name] = value ?? arg.defaultValue;
  }
  return values;
}

/** Variables as sent, with each operation variable's default where none was sent. */
function withDefaults(
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  const all: Record<string, unknown> = { ...variables };
  for (const def of operation.variableDefinitions ?? []) {
    const name = def.variable.name.value;
    if (all[name] === undefined && def.defaultValue) all[name] = valueFromASTUntyped(def.defaultValue);
  }
  return all;
}

/**
 * Estimates the cost of an operation of `document` with the given variables on a graph of
 * `sizes` (without sizes every list counts 10 items, as the estimate did before graph sizes).
 */
export function estimateComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  sizes?: GraphSizes,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (!operation) return 0;
  const vars = withDefaults(operation, variables);
  const memo = new Map<string, number>();
  const size = (
    parent: GraphQLCompositeType,
    field: GraphQLField<unknown, unknown>,
    args: ArgValues,
    scope: PageScope,
  ) => {
    if (!isListType(getNullableType(field.type))) return 1;
    return sizes ? listSizeOf(parent.name, field.name, args, scope, sizes) : 10;
  };
  const walk = (
    set: SelectionSetNode,
    parent: GraphQLCompositeType,
    scope: PageScope,
    depth: number,
  ): number => {
    if (depth > 64) return 0;
    let cost = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith("__") || !(isObjectType(parent) || isInterfaceType(parent))) continue;
        const field = parent.getFields()[sel.name.value];
        const type = field && getNamedType(field.type);
        if (!field || !sel.selectionSet || !isCompositeType(type)) continue;
        const args = argValues(field, sel, vars);
        let inner = scope;
        for (const name of PAGE_ARGS)
          if (typeof args[name] === "number") inner = { ...inner, [name]: args[name] };
        // A connection pages by its own `last` (backward) or else its `first`, never an outer one's.
        if ("last" in args) {
          const { last: _outer, ...rest } = inner;
          inner = typeof args["last"] === "number" ? { ...rest, last: args["last"] } : rest;
        }
        for (const name of LIST_ARGS)
          if (Array.isArray(args[name])) inner = { ...inner, [name]: (args[name] as unknown[]).length };
        if (sizes) cost += scanCostOf(parent.name, field.name, args, sizes);
        cost += size(parent, field, args, scope) * (1 + walk(sel.selectionSet, type, inner, depth + 1));
      } else {
        const fragment = sel.kind === Kind.FRAGMENT_SPREAD ? fragments.get(sel.name.value) : sel;
        if (!fragment) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
        if (!isCompositeType(condition)) continue;
        if (sel.kind !== Kind.FRAGMENT_SPREAD) {
          cost += walk(fragment.selectionSet, condition, scope, depth + 1);
          continue;
        }
        // A named fragment costs the same wherever it is spread on the same type and page scope.
        const key = `${sel.name.value}\u0000${condition.name}\u0000${JSON.stringify(scope)}`;
        let c = memo.get(key);
        if (c === undefined) {
          memo.set(key, 0); // a cycle (invalid, rejected by validation) adds nothing
          memo.set(key, (c = walk(fragment.selectionSet, condition, scope, depth + 1)));
        }
        cost += c;
      }
    }
    return cost;
  };
  const root = schema.getRootType(operation.operation);
  return root ? walk(operation.selectionSet, root, {}, 0) : 0;
}

/** The graph sizes of a GraphQL context that carries a store (null when it has none). */
export function sizesOfContext(context: unknown): GraphSizes | undefined {
  const store = (context as { store?: GraphStore } | null | undefined)?.store;
  return store && typeof store === "object" && "entityCount" in store ? graphSizesOf(store) : undefined;
}

/** A yoga plugin that rejects operations whose estimated cost on the served graph exceeds `budget`. */
export function useComplexityLimit(budget = COMPLEXITY_BUDGET): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const sizes = sizesOfContext(args.contextValue);
      const cost = estimateComplexity(args.schema, args.document, args.operationName, variables, sizes);
      if (cost > budget) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(
              `Query is too complex: estimated cost ${cost} exceeds the budget of ${budget} (each list counts as many items as it can return on this graph: its \`first\`/\`limit\`, or the graph's counts and largest degrees). Ask for fewer items, page with \`first\`, or select fewer nested lists.`,
              { extensions: { code: "COMPLEXITY_LIMIT", cost, budget } },
            ),
          ],
        });
      }
    },
  };
}
