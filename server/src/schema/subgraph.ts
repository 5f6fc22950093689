/**
 * The Subgraph type and the `neighborhood` query field: the entities within `depth` steps of an
 * entity (either direction), bounded by `limit`, and the relations between them.
 */
import { builder } from "../builder.ts";
import { badInput, checkRange } from "../errors.ts";
import { neighborhood } from "../graph/neighborhood.ts";
import { entityTypeCode } from "../graph/store.ts";
import { resolveEntityId } from "../ids.ts";
import { EntityTypeEnum } from "./ontology-enums.ts";
import { EntityRef, RelationRef, SubgraphRef } from "./refs.ts";

/** Largest neighbourhood `limit`. */
const MAX_LIMIT = 5000;

SubgraphRef.implement({
  description: "A part of the graph: some entities and the relations between them.",
  fields: (t) => ({
    entities: t.field({
      type: [EntityRef],
      description: "The entities, closest to the centre first (the centre is first).",
      extensions: { listSize: 1 },
      resolve: (s) => s.entities,
    }),
    relations: t.field({
      type: [RelationRef],
      description: "Every relation between two of the entities.",
      extensions: { listSize: 1 },
      resolve: (s) => s.relations,
    }),
    totalEntities: t.exposeInt("totalEntities", {
      description: "How many entities are within the depth (after the types filter), before `limit`.",
    }),
    truncated: t.exposeBoolean("truncated", { description: "True when `limit` cut entities off." }),
  }),
});

builder.queryField("neighborhood", (t) =>
  t.field({
    type: SubgraphRef,
    // Null with a BAD_USER_INPUT error for an unknown id: one bad id never wipes the other fields.
    nullable: true,
    description:
      "The entities within `depth` steps of an entity, ignoring relation direction, and the relations between them (for the explorer). Null, with a BAD_USER_INPUT error naming the argument, when `id` is no entity or an argument is out of range.",
    args: {
      id: t.arg.id({
        required: true,
        description: "The centre: global id, raw entity id, or exact name or alias.",
      }),
      depth: t.arg.int({ defaultValue: 1, description: "How many steps out, 0..3." }),
      types: t.arg({
        type: [EntityTypeEnum],
        description:
          "Only keep entities of these types (the centre is always kept; traversal still passes through others).",
      }),
      limit: t.arg.int({
        defaultValue: 2000,
        description: `Most entities to return, 1..${MAX_LIMIT}; closest first.`,
      }),
    },
    resolve: (_root, args, ctx) => {
      const { store } = ctx;
      const depth = checkRange("depth", args.depth ?? 1, 0, 3);
      const limit = checkRange("limit", args.limit ?? 2000, 1, MAX_LIMIT);
      const center = resolveEntityId(ctx, String(args.id));
      if (center < 0) throw badInput("id", `no entity with id "${String(args.id)}".`);
      const typeCodes = args.types ? new Set(args.types.map(entityTypeCode)) : undefined;
      const n = neighborhood(store, center, { depth, limit, typeCodes });
      return {
        entities: n.entities.map((i) => store.entity(i)),
        relations: n.relations.map((e) => store.relation(e)),
        totalEntities: n.totalEntities,
        truncated: n.truncated,
      };
    },
  }),
);
