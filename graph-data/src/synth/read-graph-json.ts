/**
 * Read a graphology JSON export straight into a ZoneGraph: JSON.parse, then graph.import — no
 * validation. This is the start-up baseline the snapshot is measured against; the served path
 * with checks is readGraphFile.
 */
import { readFileSync } from "node:fs";
import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import type { EntityAttributes, GraphAttributes, RelationAttributes, ZoneGraph } from "../types.ts";

/** Parse and import the graphology JSON export at `file` (trusted: no shape checks). */
export function readGraphJson(file: string): ZoneGraph {
  const data = JSON.parse(readFileSync(file, "utf8")) as SerializedGraph<
    EntityAttributes,
    RelationAttributes,
    GraphAttributes
  >;
  const graph: ZoneGraph = new MultiDirectedGraph<EntityAttributes, RelationAttributes, GraphAttributes>();
  graph.import(data);
  return graph;
}
