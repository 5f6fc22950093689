import { describe, expect, it } from "vitest";
import type { EntitySummary, NeighborhoodResult, TiedItem, ZoneOverview } from "./api/api-types.ts";
import { NEIGHBORHOOD_QUERY, TIED_QUERY } from "./api/documents.ts";
import { createEntityDirectory } from "./api/entity-directory.ts";
import { connectionOver } from "./api/connection-over.ts";
import { GraphQLClientError, type GraphQLRequest } from "./api/graphql-client.ts";
import type { ViewGraph } from "./render/graph-model.ts";
import { LARGE_GRAPH } from "./render/graph-size.ts";
import * as A from "./state/producers.ts";
import { initialAppState, type AppState } from "./state/app-state.ts";
import { createStore, type Store } from "./state/store.ts";
import { DEFAULT_URL_STATE } from "./state/url-state.ts";
import { VIEW_CAP } from "./state/truncation.ts";
import { createViewLoader, type ViewCanvas } from "./view-loader.ts";

const company = (id: string): EntitySummary => ({ id, type: "COMPANY", name: id, nameEn: null });
const zone = (id: string): EntitySummary => ({ id, type: "ZONE", name: id, nameEn: null });

/** `n` companies located in a zone, each tied by one relation. */
function tiedOf(zoneId: string, n: number): TiedItem[] {
  return Array.from({ length: n }, (_, i) => {
    const e = company(`${zoneId}-c${i}`);
    const relation = {
      id: `${zoneId}-r${i}`,
      type: "LOCATED_IN" as const,
      title: null,
      inferred: false,
      inferenceReason: null,
      from: e,
      to: zone(zoneId),
    };
    return { role: "MEMBER" as const, hops: 1, entity: e, path: [relation] };
  });
}

/** A server: the tied entities of each zone (a zone missing is an error), neighbourhoods by id, and gates that hold answers back. */
function fakeServer(
  tied: Record<string, TiedItem[]>,
  neighborhoods: Record<string, NeighborhoodResult> = {},
  gates: Record<string, Promise<void>> = {},
): GraphQLRequest {
  return async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    if (query === TIED_QUERY) {
      const zoneId = String(variables["zoneId"]);
      await gates[zoneId];
      const items = tied[zoneId];
      if (!items) throw new GraphQLClientError("graphql", `no zone with id ${zoneId}`);
      return { tiedToZone: connectionOver(items, Number(variables["first"]), variables["after"]) } as T;
    }
    if (query === NEIGHBORHOOD_QUERY) {
      const n = neighborhoods[String(variables["id"])];
      if (!n) throw new Error(`no entity ${String(variables["id"])}`);
      return { neighborhood: n } as T;
    }
    throw new Error("view-loader.test: unexpected query");
  };
}

/** A canvas that records what it is asked to do. */
function fakeCanvas() {
  let graph: ViewGraph | null = null;
  const log: string[] = [];
  const mounts: { graph: ViewGraph; expectedOrder: number }[] = [];
  const canvas: ViewCanvas = {
    mount(g, expectedOrder) {
      graph = g;
      mounts.push({ graph: g, expectedOrder });
      log.push("mount");
      return false;
    },
    graph: () => graph,
    startLayout: () => void log.push("layout"),
    nextRender: async () => void log.push("render"),
  };
  return { canvas, log, mounts };
}

/** The state of an overview-mode explorer, ready, with a zone in focus (or none). */
function overviewStore(zoneId: string | null): Store<AppState> {
  const ready = A.graphReady("overview", false)(initialAppState(DEFAULT_URL_STATE));
  return createStore(A.focusOnZone(zoneId)(ready));
}

function setup(request: GraphQLRequest, zoneId: string | null) {
  const store = overviewStore(zoneId);
  const { canvas, log, mounts } = fakeCanvas();
  const entities = createEntityDirectory();
  const loader = createViewLoader({ request, store, canvas, entities });
  return { store, canvas, log, mounts, entities, loader };
}

describe("view loader", () => {
  it("draws a zone's tied entities page by page, with no force layout (the zone is laid out in rings)", async () => {
    const { store, canvas, log, mounts, entities, loader } = setup(fakeServer({ z: tiedOf("z", 2500) }), "z");
    await loader.showZone("z");
    expect(mounts).toHaveLength(1);
    expect(mounts[0]?.expectedOrder).toBe(2501);
    expect(canvas.graph()?.order).toBe(2501);
    expect(canvas.graph()?.size).toBe(2500);
    // Each of the three pages is drawn before the next is merged; no force layout runs on a zone.
    expect(log.slice(0, 4)).toEqual(["mount", "render", "render", "render"]);
    expect(log).not.toContain("layout");
    const tied = store.get().tied;
    expect(tied !== null && tied !== "loading" && "items" in tied ? tied.items.length : -1).toBe(2500);
    expect(store.get().filters.tiedIds?.size).toBe(2501);
    expect(store.get().truncation).toEqual([]);
    expect(entities.entity("z-c2499")?.name).toBe("z-c2499");
  });

  it("stops at the view cap and loads the rest on demand", async () => {
    const total = VIEW_CAP + 700;
    const { store, canvas, loader } = setup(fakeServer({ z: tiedOf("z", total) }), "z");
    await loader.showZone("z");
    expect(canvas.graph()?.order).toBe(VIEW_CAP + 1);
    expect(store.get().truncation).toEqual([{ kind: "tied", shown: VIEW_CAP, total }]);
    await loader.loadMore();
    expect(canvas.graph()?.order).toBe(total + 1);
    expect(store.get().truncation).toEqual([]);
    expect(store.get().loadingMore).toBe(false);
  });

  it("drops the pages of a zone the user has already left", async () => {
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const request = fakeServer({ a: tiedOf("a", 10), b: tiedOf("b", 3) }, {}, { a: gate });
    const { store, canvas, mounts, loader } = setup(request, "a");
    const first = loader.showZone("a");
    store.update(A.focusOnZone("b"));
    await loader.showZone("b");
    release();
    await first;
    expect(mounts).toHaveLength(1);
    expect(canvas.graph()?.hasNode("b-c0")).toBe(true);
    expect(canvas.graph()?.hasNode("a-c0")).toBe(false);
    const tied = store.get().tied;
    expect(tied !== null && tied !== "loading" && "zoneId" in tied ? tied.zoneId : null).toBe("b");
  });

  it("says why a zone's tied entities could not be loaded", async () => {
    const { store, loader } = setup(fakeServer({}), "nowhere");
    await loader.showZone("nowhere");
    expect(store.get().tied).toEqual({ zoneId: "nowhere", failed: "no zone with id nowhere" });
  });

  it("opens a neighbourhood into the view and says how much of it is shown", async () => {
    const neighborhood: NeighborhoodResult = {
      entities: [company("z-c0"), company("partner")],
      relations: [
        {
          id: "p",
          type: "PARTNERS_WITH",
          title: null,
          inferred: false,
          from: { id: "z-c0" },
          to: { id: "partner" },
        },
      ],
      totalEntities: 400,
      truncated: true,
    };
    const request = fakeServer({ z: tiedOf("z", 2) }, { "z-c0": neighborhood });
    const { store, canvas, log, loader } = setup(request, "z");
    await loader.showZone("z");
    await loader.expand("z-c0");
    expect(canvas.graph()?.hasEdge("p")).toBe(true);
    expect(store.get().filters.expandedIds.has("partner")).toBe(true);
    expect(store.get().truncation).toEqual([{ kind: "neighbors", shown: 2, total: 400 }]);
    // The neighbours stay beside the node they open from: the zone's rings are kept.
    expect(log.filter((e) => e === "layout")).toHaveLength(0);
  });

  it("draws the overview and says how many zones and links it leaves out", async () => {
    const overview: ZoneOverview = {
      zoneCount: 10,
      linkCount: 5,
      zones: [
        { zone: zone("a"), memberCount: 30, counterpartyCount: 2 },
        { zone: zone("b"), memberCount: 3, counterpartyCount: 1 },
      ],
      links: [{ sharedCounterparties: 1, from: { id: "a" }, to: { id: "b" } }],
    };
    const { store, canvas, mounts, entities, loader } = setup(fakeServer({}), null);
    loader.setOverview(overview);
    await loader.showOverview();
    expect(canvas.graph()?.order).toBe(2);
    expect(canvas.graph()?.size).toBe(1);
    expect(mounts[0]?.expectedOrder).toBe(LARGE_GRAPH);
    expect(store.get().truncation).toEqual([
      { kind: "zones", shown: 2, total: 10 },
      { kind: "links", shown: 1, total: 5 },
    ]);
    expect(entities.entity("a")?.type).toBe("ZONE");
  });
});
