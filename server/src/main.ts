/**
 * Starts ZoneGraph's server: listens on PORT (default 4000) at once, then loads the graph (the
 * corpus, or ZONEGRAPH_DATA: a .zgs snapshot or graphology JSON) and builds its indexes; /healthz
 * answers 503 until both are done; the zone overview is built right after. In front of yoga
 * (http/handler.ts): a response cache (ZONEGRAPH_RESPONSE_CACHE_MB, 0 disables) and a fast path
 * running known documents on graphql-jit (ZONEGRAPH_FAST_PATH=0 disables). A graph that cannot be
 * loaded stops the process with a message naming the file and the problem.
 */
import { createServer } from "node:http";
import type { Context } from "./state/graph-state.ts";
import { warmZoneOverview } from "./graph/zone-overview.ts";
import { createRequestHandler } from "./front/request-handler.ts";
import { loadServedGraph } from "./state/load-graph.ts";
import { buildContext, createApp } from "./app/create-app.ts";

const port = Number(process.env["PORT"] ?? 4000);
const dataFile = process.env["ZONEGRAPH_DATA"];

let resolveContext: (context: Context) => void = () => undefined;
let rejectContext: (error: unknown) => void = () => undefined;
const context = new Promise<Context>((resolve, reject) => {
  resolveContext = resolve;
  rejectContext = reject;
});
const app = createApp(context);
// Responses are pure functions of the request (the graph is read-only): cache and fast path
// in front of yoga.
const server = createServer(createRequestHandler(app));

server.listen(port, () => {
  const address = server.address();
  const url = `http://localhost:${typeof address === "object" && address ? address.port : port}`;
  console.log(
    `ZoneGraph: listening on ${url}/ (GraphQL with GraphiQL at ${url}/graphql), loading the graph…`,
  );
  // Load after listening so /healthz can say 503 while the graph loads.
  setImmediate(() => void load());
});

/** Loads the graph and builds its indexes; exits 1 naming the file when it cannot. */
async function load(): Promise<void> {
  const started = performance.now();
  try {
    const loaded = buildContext(await loadServedGraph(dataFile), (message) => console.warn(message));
    resolveContext(loaded);
    const { entityCount, relationCount } = loaded.store;
    console.log(
      `ZoneGraph: serving ${entityCount} entities and ${relationCount} relations (loaded and indexed in ${Math.round(performance.now() - started)} ms)`,
    );
    // The explorer opens a large graph on the zone overview: build it now, in slices between
    // requests (about 0.7 s of work at national scale), not on the first visitor's request.
    const overviewStarted = performance.now();
    void warmZoneOverview(loaded.store).then(() =>
      console.log(`ZoneGraph: zone overview ready (${Math.round(performance.now() - overviewStarted)} ms)`),
    );
  } catch (error) {
    rejectContext(error);
    console.error(error instanceof Error ? error.message : String(error));
    server.close();
    process.exit(1);
  }
}
