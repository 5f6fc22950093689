/**
 * The GraphStats type and the `stats` query field: counts of entities and relations by type,
 * and the sources of the graph.
 */
import { builder } from "../builder.ts";
import { countGraph } from "../graph/stats.ts";
import { RelationTypeEnum } from "./ontology-enums.ts";
import { GraphStatsRef, SourceRef, TypeCountRef } from "./refs.ts";

const RelationTypeCountRef = builder.objectRef<{
  type: ReturnType<typeof countGraph>["relationsByType"][number]["type"];
  count: number;
}>("RelationTypeCount");
RelationTypeCountRef.implement({
  description: "A number of relations of one type.",
  fields: (t) => ({
    type: t.field({ type: RelationTypeEnum, description: "The relation type.", resolve: (c) => c.type }),
    count: t.exposeInt("count", { description: "How many." }),
  }),
});

GraphStatsRef.implement({
  description: "What the graph holds.",
  fields: (t) => ({
    name: t.string({ description: "The graph's name.", resolve: (_s, _a, { store }) => store.name }),
    entityCount: t.int({
      description: "Number of entities.",
      resolve: (s) => s.entitiesByType.reduce((n, c) => n + c.count, 0),
    }),
    relationCount: t.int({
      description: "Number of relations.",
      resolve: (s) => s.relationsByType.reduce((n, c) => n + c.count, 0),
    }),
    metricCount: t.exposeInt("metricCount", { description: "Number of metrics over all entities." }),
    entitiesByType: t.field({
      type: [TypeCountRef],
      description: "Entity counts by type, every type in ontology order.",
      resolve: (s) => s.entitiesByType,
    }),
    relationsByType: t.field({
      type: [RelationTypeCountRef],
      description: "Relation counts by type, every type in ontology order.",
      resolve: (s) => s.relationsByType,
    }),
    sources: t.field({
      type: [SourceRef],
      description: "The sources the facts come from.",
      resolve: (_s, _a, { store }) => [...store.sources],
    }),
  }),
});

builder.queryField("stats", (t) =>
  t.field({
    type: GraphStatsRef,
    description: "Counts of entities and relations by type, and the sources.",
    resolve: (_root, _args, { stats }) => stats(),
  }),
);
