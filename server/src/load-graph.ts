/**
 * Which graph to serve: the corpus (graph-data's loader) or, when ZONEGRAPH_DATA names a file,
 * that graph file (e.g. a synthetic graph). Failures become one message naming the file.
 */
import { CORPUS_DATA_DIR, loadCorpusGraph, readGraphFile, type ZoneGraph } from "@zonegraph/graph-data";

/** A graph that could not be loaded, with a message naming the file and the problem. */
export class GraphLoadError extends Error {}

/** Loads the graph to serve; `dataFile` (ZONEGRAPH_DATA) replaces the corpus. */
export function loadServedGraph(dataFile: string | undefined): ZoneGraph {
  const file = dataFile && dataFile.trim() !== "" ? dataFile : CORPUS_DATA_DIR;
  try {
    return dataFile && dataFile.trim() !== "" ? readGraphFile(dataFile) : loadCorpusGraph();
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    throw new GraphLoadError(`ZoneGraph: cannot load ${file}: ${problem}`);
  }
}
