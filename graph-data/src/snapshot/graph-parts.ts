/**
 * GraphParts: a ZoneGraph as plain arrays (entities in order, relations by entity index), the form
 * the synthetic generator produces and the snapshot writes. Converts to and from a graphology graph.
 */
import { MultiDirectedGraph } from "graphology";
import type { EntityAttributes, GraphAttributes, RelationAttributes, ZoneGraph } from "../types.ts";

/** One relation of GraphParts: its ends as indexes into `nodes`. */
export interface EdgePart {
  source: number;
  target: number;
  attributes: RelationAttributes;
}

/** A ZoneGraph as plain arrays; a node's key is its `id`, an edge's key is its `id`. */
export interface GraphParts {
  attributes: GraphAttributes;
  nodes: EntityAttributes[];
  edges: EdgePart[];
}

/** Build a graphology ZoneGraph from parts (node keys = entity ids, edge keys = relation ids). */
export function partsToGraph(parts: GraphParts): ZoneGraph {
  const graph: ZoneGraph = new MultiDirectedGraph<EntityAttributes, RelationAttributes, GraphAttributes>();
  graph.replaceAttributes(parts.attributes);
  const keys: string[] = new Array<string>(parts.nodes.length);
  for (let i = 0; i < parts.nodes.length; i++) {
    const node = parts.nodes[i] as EntityAttributes;
    keys[i] = node.id;
    graph.addNode(node.id, node);
  }
  for (const edge of parts.edges) {
    const source = keys[edge.source];
    const target = keys[edge.target];
    if (source === undefined || target === undefined) {
      throw new Error(
        `graph-data/snapshot/graph-parts: relation ${edge.attributes.id} points outside the entity list`,
      );
    }
    graph.addDirectedEdgeWithKey(edge.attributes.id, source, target, edge.attributes);
  }
  return graph;
}

/** Read a graphology ZoneGraph into parts (entity order = the graph's node order). */
export function graphToParts(graph: ZoneGraph): GraphParts {
  const index = new Map<string, number>();
  const nodes: EntityAttributes[] = [];
  graph.forEachNode((key, attributes) => {
    index.set(key, nodes.length);
    nodes.push(attributes);
  });
  const edges: EdgePart[] = [];
  graph.forEachEdge((_key, attributes, source, target) => {
    edges.push({ source: index.get(source) ?? -1, target: index.get(target) ?? -1, attributes });
  });
  return { attributes: graph.getAttributes(), nodes, edges };
}
