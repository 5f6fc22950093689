/**
 * The server's context (GraphStore over the snapshot's columns, search index, tied cache) loaded
 * exactly as main.ts loads it: loadServedGraph + buildContext, stored indexes used when present.
 */
import type { Context } from "@zonegraph/server/state/graph-state";
import { loadServedGraph } from "@zonegraph/server/state/load-graph";
import { buildContext } from "@zonegraph/server/app/create-app";

/** Load `file` (a snapshot) the way the server does. */
export async function servedContext(file: string): Promise<Context> {
  return buildContext(await loadServedGraph(file), (message) => console.error(`[bench] ${message}`));
}
