/**
 * Start-up (and retry): loads what the explorer opens on — the whole graph when it is small, else
 * the zone overview — draws it, loads the zone and the path a link names, and says when it is ready.
 * A failure becomes the load status (network or server error) for the banner to show.
 */
import type { EntityDirectory } from "./api/entity-directory.ts";
import { GraphQLClientError, type GraphQLRequest } from "./api/graphql-client.ts";
import { loadStart, type StartView } from "./api/load-graph.ts";
import type { Queries } from "./api/queries.ts";
import { loadTiedAnswer } from "./effects/zone-loading.ts";
import type { Canvas } from "./render/canvas.ts";
import { buildViewGraph } from "./render/graph-model.ts";
import * as A from "./state/producers.ts";
import { type AppState } from "./state/app-state.ts";
import type { Store } from "./state/store.ts";
import type { ViewLoader } from "./view-loader.ts";

/** What start-up needs: the API, the store, the canvas, the view loader, the entity directory. */
export interface BootDeps {
  request: GraphQLRequest;
  queries: Pick<Queries, "tied">;
  store: Store<AppState>;
  canvas: Pick<Canvas, "clear" | "mount" | "startLayout">;
  loader: Pick<ViewLoader, "setOverview" | "showOverview" | "showZone">;
  entities: EntityDirectory;
}

/** Start-up, run once and again on retry. */
export interface Boot {
  /** Loads and draws the start view; resolves once it is drawn (or the failure is recorded). */
  run(): Promise<void>;
  /** Whether the latest run has drawn its start view. */
  isReady(): boolean;
}

/** Creates the start-up over its dependencies. */
export function createBoot(deps: BootDeps): Boot {
  const { store, canvas, loader, entities } = deps;
  let ready = false;
  return {
    isReady: () => ready,
    async run() {
      canvas.clear();
      ready = false;
      store.update(A.startLoading);
      let start: StartView;
      try {
        start = await loadStart(deps.request);
      } catch (error) {
        const network = !(error instanceof GraphQLClientError) || error.kind !== "graphql";
        store.update(A.loadFailed(network, error instanceof Error ? error.message : String(error)));
        return;
      }
      const zoneId = store.get().filters.zoneId;
      if (start.kind === "full") {
        entities.remember(start.data.entities);
        entities.setZones(start.data.entities.filter((e) => e.type === "ZONE"));
        const graph = buildViewGraph(start.data, store.get().lang);
        store.update(A.setMode("full"));
        const known = canvas.mount(graph, graph.order, "full");
        store.update(A.graphReady("full", graph.order === 0));
        if (!known) canvas.startLayout();
        if (zoneId !== null) void loadTiedAnswer(store, deps.queries, zoneId);
      } else {
        loader.setOverview(start.overview);
        entities.setZones(start.overview.zones.map((z) => z.zone));
        store.update(A.graphReady("overview", start.overview.zones.length === 0));
        await (zoneId === null ? loader.showOverview() : loader.showZone(zoneId));
      }
      // A link naming both ends of a path shows that path.
      store.update(A.requestPath);
      ready = true;
    },
  };
}
