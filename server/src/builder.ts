/**
 * The Pothos schema builder (code-first, Relay plugin for Node, global ids and PageInfo).
 * No types are defined here: each lives in its own file under schema/.
 */
import SchemaBuilder from "@pothos/core";
import RelayPlugin from "@pothos/plugin-relay";
import type { GraphState } from "./state/graph-state.ts";
import { nodeTypename } from "./ids.ts";

/** The builder's type parameters: non-null fields by default, the GraphQL context. */
export interface ZoneGraphSchemaTypes {
  Context: GraphState;
  DefaultFieldNullability: false;
}

/** The builder's full schema types (defaults filled in), for helpers that take Pothos builders. */
export type BuilderTypes = PothosSchemaTypes.ExtendDefaultTypes<ZoneGraphSchemaTypes>;

/** The one Pothos builder of the schema. */
export const builder = new SchemaBuilder<ZoneGraphSchemaTypes>({
  plugins: [RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    cursorType: "String",
    clientMutationId: "omit",
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    nodeTypeOptions: {
      description: "An object with a global id (Relay): entities, relations and sources.",
      resolveType: (value) => nodeTypename(value) ?? null,
    },
    pageInfoTypeOptions: { description: "Where a page of a connection sits (Relay)." },
    idFieldOptions: { description: "Global id (Relay): base64 of `Type:rawId`." },
    hasNextPageFieldOptions: { description: "Whether more items follow this page." },
    hasPreviousPageFieldOptions: { description: "Whether items precede this page." },
    startCursorFieldOptions: { description: "Cursor of the first item of this page." },
    endCursorFieldOptions: {
      description: "Cursor of the last item of this page; pass it as `after` for the next page.",
    },
  },
});
