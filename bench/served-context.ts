/**
 * The server's context (GraphStore over the snapshot's columns, search index, tied cache) loaded
 * exactly as main.ts loads it: loadServedGraph + buildContext, stored indexes used when present.
 */
import type { Context } from "../server/src/context.ts";
import { loadServedGraph } from "../server/src/load-graph.ts";
import { buildContext } from "../server/src/yoga.ts";

/** Load `file` (a snapshot) the way the server does. */
export async function servedContext(file: string): Promise<Context> {
  return buildContext(await loadServedGraph(file), (message) => console.error(`[bench] ${message}`));
}
