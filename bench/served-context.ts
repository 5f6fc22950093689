/**
 * The server's context (GraphStore over the snapshot's columns, search index, tied cache) loaded
 * exactly as main.ts loads it: loadServedGraph + buildGraphState, stored indexes used when present.
 */
import type { GraphState } from "@zonegraph/server/state/graph-state";
import { loadServedGraph } from "@zonegraph/server/state/load-graph";
import { buildGraphState } from "@zonegraph/server/state/graph-state";

/** Load `file` (a snapshot) the way the server does. */
export async function servedContext(file: string): Promise<GraphState> {
  return buildGraphState(await loadServedGraph(file), (message) => console.error(`[bench] ${message}`));
}
