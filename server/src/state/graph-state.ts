/**
 * GraphState: everything derived from one loaded graph — the store, the search index, the tied
 * cache, the zone overview, the stats, and the curated folder's graph version it was built from —
 * built in one place (buildGraphState) and never changed after; it is the GraphQL context. A reload builds a new one and swaps it in (state-holder.ts);
 * the caches inside it go with it.
 */
import { Snapshot } from "@zonegraph/graph-data/snapshot/snapshot";
import { SearchIndex } from "../graph/search-index.ts";
import { decodeServerIndex } from "../graph/server-index.ts";
import { QueryIndex } from "../graph/query-index.ts";
import { countGraph, type GraphCounts } from "../graph/stats.ts";
import { GraphStore } from "../graph/store.ts";
import { TiedCache } from "../graph/tied-cache.ts";
import { ZoneOverviewCache } from "../graph/zone-overview.ts";
import type { ServedGraph } from "./load-graph.ts";

/** The GraphQL context: read-only indices over the loaded graph, and caches that live as long. */
export interface GraphState {
  store: GraphStore;
  search: SearchIndex;
  tied: TiedCache;
  /** The zone overview, built on first use or warmed after start-up. */
  overview: ZoneOverviewCache;
  /** Counts by type (computed on first call, then kept). */
  stats: () => GraphCounts;
  /** The indexes of filters, orders and aggregates (each built on first use). */
  query: QueryIndex;
  /** The curated folder's graph version this state was built from (0: a graph file, not a folder). */
  graphVersion: number;
}

/** The state of a store and its search index at `graphVersion` (the caches start empty). */
export function graphStateOf(store: GraphStore, search: SearchIndex, graphVersion = 0): GraphState {
  const tied = new TiedCache(store);
  let counts: GraphCounts | undefined;
  const overview = new ZoneOverviewCache(store, tied.scratch);
  return {
    store,
    search,
    tied,
    overview,
    stats: () => (counts ??= countGraph(store)),
    query: new QueryIndex({ store, search, tied, overview }),
    graphVersion,
  };
}

/**
 * Builds the state of a loaded graph. A snapshot is served from its columns, with the indexes
 * stored in it when it has them (else they are built now and `onNotice` says how to store them).
 * `graphVersion` is the curated folder's version the graph was loaded at (0 for a graph file).
 */
export function buildGraphState(
  graph: ServedGraph,
  onNotice: (message: string) => void = () => undefined,
  graphVersion = 0,
): GraphState {
  if (graph instanceof Snapshot) {
    const index = decodeServerIndex(graph);
    if (typeof index === "string") {
      onNotice(
        `ZoneGraph: ${index}; building the indexes now (store them with: pnpm --filter @zonegraph/server index-snapshot <file>)`,
      );
      const store = GraphStore.fromSnapshot(graph);
      return graphStateOf(store, new SearchIndex(store), graphVersion);
    }
    const store = GraphStore.fromSnapshot(graph, index.orders);
    return graphStateOf(store, new SearchIndex(store, index.search), graphVersion);
  }
  const store = GraphStore.fromGraph(graph);
  return graphStateOf(store, new SearchIndex(store), graphVersion);
}

/** Whether a value is a built state (not a graph to build one from). */
export function isGraphState(value: unknown): value is GraphState {
  return typeof value === "object" && value !== null && "store" in value && value.store instanceof GraphStore;
}
