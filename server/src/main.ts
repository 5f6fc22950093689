/**
 * Starts ZoneGraph's server: listens on PORT (default 4000) at once, then loads the graph (the
 * curated folder ZONEGRAPH_DATA_DIR, default graph-data/data, opened with recovery; or, read-only,
 * ZONEGRAPH_DATA: a .zgs snapshot or graphology JSON), builds its graph state and swaps it in;
 * /healthz answers 503 until then; the zone overview is warmed right after. Curation (mutations,
 * drafts) needs ZONEGRAPH_CURATOR_TOKEN, or the token made at start and printed with the review URL;
 * SIGHUP, or a change of the folder's graph-version file, reloads the graph. In front of the
 * app (front/request-handler.ts): a response cache (ZONEGRAPH_RESPONSE_CACHE_MB, 0 disables) and a
 * fast path running known documents on graphql-jit (ZONEGRAPH_FAST_PATH=0 disables); around it the
 * timeouts and connection cap of front/http-server.ts. SIGTERM or SIGINT drains: no new
 * connections, /healthz 503, requests in flight finish (ZONEGRAPH_DRAIN_MS, 10 s), exit 0. A graph
 * that cannot be loaded stops the process with a message naming the file and the problem.
 */
import { defaultDataDir } from "@zonegraph/graph-data/curation/index";
import { createServedApp } from "./app/create-app.ts";
import { curatorAuthFromEnv } from "./curation/curator-auth.ts";
import { CurationService, VERSION_POLL_MS } from "./curation/curation-service.ts";
import { createFrontServer, httpLimitsFromEnv } from "./front/http-server.ts";
import { createRequestHandler } from "./front/request-handler.ts";
import { buildGraphState } from "./state/graph-state.ts";
import { loadServedGraph } from "./state/load-graph.ts";
import { StateHolder } from "./state/state-holder.ts";

const port = Number(process.env["PORT"] ?? 4000);
const dataFile = process.env["ZONEGRAPH_DATA"]?.trim() || undefined;
const dataDir = defaultDataDir();
const auth = curatorAuthFromEnv();
let curation: CurationService | null = null;

const limits = httpLimitsFromEnv();
const state = new StateHolder();
let draining = false;
const served = createServedApp(state, {
  draining: () => draining,
  curation: { service: () => curation, auth },
});
const server = createFrontServer(createRequestHandler(served), limits);

/** Drains on the first SIGTERM/SIGINT and exits 0 (a second signal does not cut the drain short). */
function shutDown(signal: NodeJS.Signals): void {
  if (draining) return;
  draining = true;
  console.log(
    `ZoneGraph: ${signal}: draining, ${server.inFlight} request(s) in flight (up to ${limits.drainMs} ms)…`,
  );
  void server.drain().then((finished) => {
    console.log(
      finished
        ? "ZoneGraph: drained, every request answered; exiting."
        : `ZoneGraph: drain deadline passed (${limits.drainMs} ms), open connections closed; exiting.`,
    );
    process.exit(0);
  });
}
process.on("SIGTERM", shutDown);
process.on("SIGINT", shutDown);
// A reload from outside (another process published, or the files were edited): rebuild and swap.
process.on("SIGHUP", () => {
  if (curation) void curation.reload("SIGHUP");
  else if (state.current()) void load("SIGHUP");
});

server.listen(port, () => {
  const address = server.address();
  const url = `http://localhost:${typeof address === "object" && address ? address.port : port}`;
  console.log(
    `ZoneGraph: listening on ${url}/ (GraphQL with GraphiQL at ${url}/graphql), loading the graph…`,
  );
  if (dataFile === undefined)
    console.log(
      auth.generated
        ? `ZoneGraph: curate at ${url}/review#token=${auth.token}\nZoneGraph: curator token (this run only; set ZONEGRAPH_CURATOR_TOKEN to keep one): ${auth.token}`
        : `ZoneGraph: curate at ${url}/review (token: ZONEGRAPH_CURATOR_TOKEN)`,
    );
  // Load after listening so /healthz can say 503 while the graph loads.
  setImmediate(() => void load());
});

/** Loads the graph, builds its state and serves it; exits 1 naming the file when it cannot (a reload keeps serving). */
async function load(reason?: string): Promise<void> {
  const started = performance.now();
  try {
    if (dataFile === undefined) {
      curation = await CurationService.open(dataDir, state).catch((error: unknown) => {
        throw new Error(
          `ZoneGraph: cannot load ${dataDir}: ${error instanceof Error ? error.message : String(error)}`,
        );
      });
      curation.watch(Number(process.env["ZONEGRAPH_VERSION_POLL_MS"] ?? VERSION_POLL_MS));
    } else state.swap(buildGraphState(await loadServedGraph(dataFile), (message) => console.warn(message)));
    const loaded = state.current();
    if (loaded === null) throw new Error("ZoneGraph: no graph was loaded");
    const { entityCount, relationCount } = loaded.store;
    console.log(
      `ZoneGraph: serving ${entityCount} entities and ${relationCount} relations (loaded and indexed in ${Math.round(performance.now() - started)} ms)`,
    );
    // The explorer opens a large graph on the zone overview: build it now, in slices between
    // requests (about 0.7 s of work at national scale), not on the first visitor's request.
    const overviewStarted = performance.now();
    void loaded.overview
      .warm()
      .then(() =>
        console.log(`ZoneGraph: zone overview ready (${Math.round(performance.now() - overviewStarted)} ms)`),
      );
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    if (reason !== undefined) return;
    server.close();
    process.exit(1);
  }
}
