/**
 * Counts of a graph's entities and relations by type, in ontology order.
 */
import {
  ENTITY_TYPE_IDS,
  RELATION_TYPE_IDS,
  type EntityType,
  type RelationType,
} from "@zonegraph/graph-data/ontology";
import type { GraphStore } from "./store.ts";

/** Entity and relation counts by type. */
export interface GraphCounts {
  entitiesByType: { type: EntityType; count: number }[];
  relationsByType: { type: RelationType; count: number }[];
  metricCount: number;
}

/** Counts entities and relations by type (every type listed, zeros included). */
export function countGraph(store: GraphStore): GraphCounts {
  const e = new Array<number>(ENTITY_TYPE_IDS.length).fill(0);
  const r = new Array<number>(RELATION_TYPE_IDS.length).fill(0);
  for (const c of store.entityType) e[c] = (e[c] ?? 0) + 1;
  for (const c of store.edgeType) r[c] = (r[c] ?? 0) + 1;
  const metricCount = store.metricCount();
  return {
    entitiesByType: ENTITY_TYPE_IDS.map((type, i) => ({ type, count: e[i] ?? 0 })),
    relationsByType: RELATION_TYPE_IDS.map((type, i) => ({ type, count: r[i] ?? 0 })),
    metricCount,
  };
}
