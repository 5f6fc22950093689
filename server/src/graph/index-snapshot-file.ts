/**
 * Stores the server's indexes in a snapshot file: read it, build the indexes on a store over its
 * columns, and rewrite the file with them as extension sections (the graph's bytes unchanged).
 */
import { readSnapshot } from "@zonegraph/graph-data/snapshot/read-snapshot";
import { writeSnapshotExtensions } from "@zonegraph/graph-data/snapshot/write-snapshot-extensions";
import { buildServerIndex, encodeServerIndex } from "./server-index.ts";
import { GraphStore } from "./store.ts";

/** Indexes `file` in place; returns the bytes of index written. */
export function indexSnapshotFile(file: string): number {
  const snapshot = readSnapshot(file);
  const store = GraphStore.fromSnapshot(snapshot);
  const sections = encodeServerIndex(buildServerIndex(store), {
    entities: store.entityCount,
    relations: store.relationCount,
  });
  writeSnapshotExtensions(file, sections);
  return Object.values(sections).reduce((sum, s) => sum + s.byteLength, 0);
}
