/**
 * The legend's counts, remembered for one graph, size and filters: counting thousands of nodes
 * again on every hover would slow the page down.
 */
import type { EntityType } from "@zonegraph/graph-data/ontology";
import type { FiltersState } from "../state/filters.ts";
import { countShownByType, type ViewGraph } from "./graph-model.ts";

let last: { graph: ViewGraph; order: number; filters: FiltersState; counts: Map<EntityType, number> } | null =
  null;

/** Entities shown per type on `graph` under `filters` (empty without a graph). */
export function shownCounts(graph: ViewGraph | null, filters: FiltersState): ReadonlyMap<EntityType, number> {
  if (!graph) return new Map();
  if (last && last.graph === graph && last.order === graph.order && last.filters === filters)
    return last.counts;
  const counts = countShownByType(graph, filters);
  last = { graph, order: graph.order, filters, counts };
  return counts;
}
