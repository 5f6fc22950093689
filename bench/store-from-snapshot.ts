/**
 * A server GraphStore built straight from snapshot columns, without a graphology graph: what the
 * server could do at start-up (the benchmark measures it beside the graphology path).
 */
import type { Snapshot } from "../graph-data/src/snapshot/snapshot.ts";
import { GraphStore } from "../server/src/graph/store.ts";

/** Build the server's GraphStore from a snapshot (entity and relation records are materialised). */
export function storeFromSnapshot(snapshot: Snapshot): GraphStore {
  const parts = snapshot.toParts();
  const c = snapshot.columns;
  const int32 = (a: Uint32Array): Int32Array => new Int32Array(a.buffer, a.byteOffset, a.length);
  return new GraphStore({
    name: parts.attributes.name,
    sources: parts.attributes.sources,
    entities: parts.nodes,
    entityType: c.nodeType,
    relations: parts.edges.map((e) => e.attributes),
    edgeSrc: int32(c.edgeSource),
    edgeDst: int32(c.edgeTarget),
    edgeType: c.edgeType,
  });
}
