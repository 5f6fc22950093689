/**
 * Which graph to serve: the corpus (graph-data's loader) or, when ZONEGRAPH_DATA names a file,
 * that file — a .zgs snapshot (recognised by its magic bytes, whatever its name) or a graphology
 * JSON export. Failures become one message naming the file and the problem. The corpus and JSON
 * loaders are imported only when needed, so serving a snapshot does not load them.
 */
import { closeSync, openSync, readSync } from "node:fs";
import type { ZoneGraph } from "@zonegraph/graph-data";
import { readSnapshot } from "@zonegraph/graph-data/snapshot/read-snapshot";
import type { Snapshot } from "@zonegraph/graph-data/snapshot/snapshot";
import { SnapshotError } from "@zonegraph/graph-data/snapshot/snapshot-error";
import { SNAPSHOT_MAGIC } from "@zonegraph/graph-data/snapshot/snapshot-format";

/** A graph that could not be loaded, with a message naming the file and the problem. */
export class GraphLoadError extends Error {}

/** What was loaded: a graphology graph (corpus, JSON) or a snapshot (served from its columns). */
export type ServedGraph = ZoneGraph | Snapshot;

/** Loads the graph to serve; `dataFile` (ZONEGRAPH_DATA) replaces the corpus. */
export async function loadServedGraph(dataFile: string | undefined): Promise<ServedGraph> {
  const file = dataFile && dataFile.trim() !== "" ? dataFile : undefined;
  let label = file ?? "the corpus";
  try {
    if (file === undefined) {
      const { CORPUS_DATA_DIR, loadCorpusGraph } = await import("@zonegraph/graph-data");
      label = CORPUS_DATA_DIR;
      return loadCorpusGraph();
    }
    if (isSnapshotFile(file) || file.endsWith(".zgs")) return readSnapshot(file);
    const { readGraphFile } = await import("@zonegraph/graph-data");
    return readGraphFile(file);
  } catch (error) {
    const problem =
      error instanceof SnapshotError ? error.problem : error instanceof Error ? error.message : String(error);
    throw new GraphLoadError(`ZoneGraph: cannot load ${label}: ${problem}`);
  }
}

/** Whether a file starts with the snapshot magic bytes (false when it cannot be read). */
export function isSnapshotFile(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    const head = Buffer.alloc(SNAPSHOT_MAGIC.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SNAPSHOT_MAGIC);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
