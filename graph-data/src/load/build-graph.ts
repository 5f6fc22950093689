/**
 * Builds ZoneGraph's typed Graphology graph from validated records (records → typed graph): one
 * node per entity keyed by its id, one edge per relation keyed by its id, the sources on the graph.
 */
import { MultiDirectedGraph } from "graphology";
import type { FactRecords } from "./load-facts.ts";
import type { EntityAttributes, GraphAttributes, RelationAttributes, Source, ZoneGraph } from "../types.ts";

/** A new graph holding `facts` and `sources`, named `name`. */
export function buildGraph(facts: FactRecords, sources: readonly Source[], name: string): ZoneGraph {
  const graph: ZoneGraph = new MultiDirectedGraph<EntityAttributes, RelationAttributes, GraphAttributes>();
  graph.replaceAttributes({ name, sources: [...sources] });
  for (const entity of facts.entities) graph.addNode(entity.id, entity);
  for (const r of facts.relations) graph.addDirectedEdgeWithKey(r.attributes.id, r.from, r.to, r.attributes);
  return graph;
}
