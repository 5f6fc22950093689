/**
 * The `shortestPaths` query field: up to k shortest paths between two entities (k ≤ 5), ignoring
 * relation direction, shortest first, each through other entities (Yen's algorithm).
 */
import { builder } from "../builder.ts";
import { checkRange } from "../errors.ts";
import { kShortestPaths, MAX_K } from "../graph/k-shortest-paths.ts";
import { resolveEntityId } from "../ids.ts";
import { PathRef } from "./refs.ts";

builder.queryField("shortestPaths", (t) =>
  t.field({
    type: [PathRef],
    description: `Up to k shortest paths between two entities, ignoring relation direction: shortest first, each passing through a different chain of entities, the first being \`shortestPath\`'s. Empty when they are not connected or an id is unknown; one path of one entity when from = to.`,
    extensions: { listSize: MAX_K },
    args: {
      from: t.arg.id({
        required: true,
        description: "Start: global id, raw entity id, or exact name or alias.",
      }),
      to: t.arg.id({ required: true, description: "End: global id, raw entity id, or exact name or alias." }),
      k: t.arg.int({
        required: false,
        defaultValue: 3,
        description: `How many paths at most, 1 to ${MAX_K} (default 3).`,
      }),
    },
    resolve: (_root, args, ctx) => {
      const k = checkRange("k", args.k ?? 3, 1, MAX_K);
      const { store } = ctx;
      const from = resolveEntityId(ctx, String(args.from));
      const to = resolveEntityId(ctx, String(args.to));
      if (from < 0 || to < 0) return [];
      return kShortestPaths(store, from, to, k).map((path) => ({
        entities: path.entities.map((i) => store.entity(i)),
        relations: path.relations.map((e) => store.relation(e)),
      }));
    },
  }),
);
