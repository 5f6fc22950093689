/**
 * The Path type and the `shortestPath` query field: the shortest chain of relations between two
 * entities, ignoring direction, with entities and relations in path order.
 */
import { builder } from "../builder.ts";
import { shortestPath } from "../graph/shortest-path.ts";
import { resolveEntityId } from "../ids.ts";
import { EntityRef, PathRef, RelationRef } from "./refs.ts";

PathRef.implement({
  description:
    "A chain of relations between two entities, in order: relations[k] joins entities[k] and entities[k+1] (in either direction).",
  fields: (t) => ({
    entities: t.field({
      type: [EntityRef],
      description: "The entities from `from` to `to`.",
      extensions: { listSize: 1 },
      resolve: (p) => p.entities,
    }),
    relations: t.field({
      type: [RelationRef],
      description: "The relations between consecutive entities.",
      extensions: { listSize: 1 },
      resolve: (p) => p.relations,
    }),
    length: t.int({ description: "Number of relations.", resolve: (p) => p.relations.length }),
  }),
});

builder.queryField("shortestPath", (t) =>
  t.field({
    type: PathRef,
    nullable: true,
    description:
      "A shortest path between two entities, ignoring relation direction. Null when they are not connected or an id is unknown; one entity and no relations when from = to.",
    args: {
      from: t.arg.id({
        required: true,
        description: "Start: global id, raw entity id, or exact name or alias.",
      }),
      to: t.arg.id({ required: true, description: "End: global id, raw entity id, or exact name or alias." }),
    },
    resolve: (_root, args, ctx) => {
      const { store } = ctx;
      const from = resolveEntityId(ctx, String(args.from));
      const to = resolveEntityId(ctx, String(args.to));
      if (from < 0 || to < 0) return null;
      const path = shortestPath(store, from, to);
      return (
        path && {
          entities: path.entities.map((i) => store.entity(i)),
          relations: path.relations.map((e) => store.relation(e)),
        }
      );
    },
  }),
);
