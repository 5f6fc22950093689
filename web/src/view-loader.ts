/**
 * The views of a large graph: the zone overview; one zone's tied subgraph, loaded and drawn page by
 * page up to VIEW_CAP entities (then "load more"); and neighbourhoods merged in by double-click.
 * `whenDrawn` resolves once the latest view is complete on the canvas and the page responds.
 */
import type { RelationSummary, TiedItem, ZoneOverview } from "./api/api-types.ts";
import type { EntityDirectory } from "./api/entity-directory.ts";
import type { GraphQLRequest } from "./api/graphql-client.ts";
import { isUnreachable } from "./api/unreachable.ts";
import { loadNeighborhood, loadTied } from "./api/load-graph.ts";
import { buildOverviewGraph, emptyViewGraph, mergeIntoView, type ViewGraph } from "./render/graph-model.ts";
import { LARGE_GRAPH } from "./render/graph-size.ts";
import * as A from "./state/producers.ts";
import { type AppState } from "./state/app-state.ts";
import type { Store } from "./state/store.ts";
import { VIEW_CAP } from "./state/truncation.ts";

/** Entities merged into the canvas in one go. */
export const MERGE_SLICE = 500;
/** Most neighbours one double-click adds. */
export const NEIGHBOR_LIMIT = 300;

/** What the loader draws on (the canvas module, or a stand-in in tests). */
export interface ViewCanvas {
  /** Draws a new graph; `expectedOrder` is the size it will grow to, `key` names the view; true when its positions were kept. */
  mount(graph: ViewGraph, expectedOrder: number, key: string): boolean;
  /** The graph on the canvas, if any. */
  graph(): ViewGraph | null;
  /** Starts (creating it if needed) the layout of the graph on the canvas. */
  startLayout(): void;
  /** Resolves after the next render of the canvas. */
  nextRender(): Promise<void>;
}

/** What the loader needs: the API, the store, the canvas, and where to record the entities it sees. */
export interface ViewHost {
  request: GraphQLRequest;
  store: Store<AppState>;
  canvas: ViewCanvas;
  entities: Pick<EntityDirectory, "remember" | "entity">;
}

/** The loads of the overview mode. */
export interface ViewLoader {
  setOverview(overview: ZoneOverview): void;
  showOverview(): Promise<void>;
  showZone(zoneId: string): Promise<void>;
  loadMore(): Promise<void>;
  expand(id: string): Promise<void>;
  /** Resolves with `performance.now()` once the latest view is drawn and the page responds. */
  whenDrawn(): Promise<number>;
}

/** Thrown inside a page handler when the user has moved on to another view. */
class Superseded extends Error {}

/** The relations of tied paths, as the canvas draws them. */
const pathRelations = (items: readonly TiedItem[]): RelationSummary[] => items.flatMap((i) => i.path);

/** Creates the loader over a host. */
export function createViewLoader(host: ViewHost): ViewLoader {
  const { request, store, canvas, entities } = host;
  let overview: ZoneOverview | null = null;
  let generation = 0;
  let drawn: Promise<number> = Promise.resolve(0);
  // Where the zone in view stopped loading, for "load more".
  let zone: {
    id: string;
    items: TiedItem[];
    endCursor: string | null;
    hasNextPage: boolean;
    graph: ViewGraph;
  } | null = null;

  /** Resolves after sigma has drawn the view and a task after that has run. */
  const settleDraw = async (): Promise<number> => {
    await canvas.nextRender();
    await new Promise((resolve) => setTimeout(resolve, 0));
    return performance.now();
  };

  const track = (load: () => Promise<void>): Promise<void> => {
    const done = load();
    drawn = done.then(settleDraw);
    // The caller's error handling is the state; `drawn` stays rejected for whoever waits on it.
    drawn.catch(() => undefined);
    return done.catch((error: unknown) => {
      if (!(error instanceof Superseded)) throw error;
    });
  };

  /** Loads tied pages of the zone in view into its graph, from its cursor on, up to VIEW_CAP more. */
  const loadPages = async (
    gen: number,
    z: NonNullable<typeof zone>,
    onFirstPage: (total: number) => void,
  ): Promise<void> => {
    const lang = store.get().lang;
    const result = await loadTied(request, z.id, {
      after: z.endCursor,
      limit: VIEW_CAP,
      onPage: async (page, total) => {
        if (gen !== generation) throw new Superseded();
        entities.remember(page.map((i) => i.entity));
        // A tied entity's path starts at the entity; the other end of its first relation tied it in.
        const anchor = new Map(
          page.map((i) => [
            i.entity.id,
            i.path[0] ? (i.path[0].from.id === i.entity.id ? i.path[0].to.id : i.path[0].from.id) : z.id,
          ]),
        );
        // In slices, yielding between them, so that no task grows long while sigma and the layout follow.
        for (let k = 0; k < page.length; k += MERGE_SLICE) {
          if (k > 0) await new Promise((resolve) => setTimeout(resolve, 0));
          const slice = page.slice(k, k + MERGE_SLICE);
          mergeIntoView(
            z.graph,
            slice.map((i) => i.entity),
            pathRelations(slice),
            lang,
            (id) => anchor.get(id) ?? null,
          );
        }
        z.items.push(...page);
        onFirstPage(total);
        // The canvas and the notice follow every page; the tied panel gets the whole answer at the end.
        store.update(A.truncate("tied", z.items.length, total));
        // Let sigma draw this page before the next one is merged (the layout starts once all are in:
        // running it meanwhile would slow every page down).
        await canvas.nextRender();
      },
    });
    if (gen !== generation) throw new Superseded();
    z.endCursor = result.endCursor;
    z.hasNextPage = result.hasNextPage;
    // The zone's rings are laid out once its answer is in the state (effects/zone-arrangement).
    store.update(A.receiveTied({ zoneId: z.id, totalCount: result.totalCount, items: [...z.items] }));
  };

  return {
    setOverview(o) {
      overview = o;
      entities.remember(o.zones.map((z) => z.zone));
    },

    showOverview() {
      const gen = ++generation;
      zone = null;
      return track(async () => {
        if (!overview) return;
        const graph = buildOverviewGraph(overview, store.get().lang);
        if (gen !== generation) throw new Superseded();
        // Labelled like a large graph: the bigger zones only, the rest on hover.
        const known = canvas.mount(graph, Math.max(graph.order, LARGE_GRAPH), "overview");
        store.update(A.truncate("zones", overview.zones.length, overview.zoneCount));
        store.update(A.truncate("links", overview.links.length, overview.linkCount));
        if (!known) canvas.startLayout();
      });
    },

    showZone(zoneId) {
      const gen = ++generation;
      const graph = emptyViewGraph();
      const z = { id: zoneId, items: [], endCursor: null, hasNextPage: false, graph };
      zone = z;
      store.update(A.clearOverviewCuts);
      return track(async () => {
        const summary = entities.entity(zoneId) ?? {
          id: zoneId,
          type: "ZONE" as const,
          name: zoneId,
          nameEn: null,
        };
        mergeIntoView(graph, [summary], [], store.get().lang, () => null);
        graph.mergeNodeAttributes(zoneId, { x: 0, y: 0 });
        let mounted = false;
        await loadPages(gen, z, (total) => {
          if (mounted) return;
          mounted = true;
          canvas.mount(graph, Math.min(total, VIEW_CAP) + 1, `zone:${zoneId}`);
        });
        if (!mounted) canvas.mount(graph, 1, `zone:${zoneId}`);
      }).catch((error: unknown) => {
        if (gen !== generation) return;
        // Unreachable: the zone stays loading and is drawn again once the server is back.
        if (isUnreachable(error)) store.update(A.serverUnreachable);
        else store.update(A.tiedFailed(zoneId, error instanceof Error ? error.message : String(error)));
      });
    },

    loadMore() {
      const z = zone;
      if (!z || !z.hasNextPage || store.get().loadingMore) return Promise.resolve();
      const gen = generation;
      store.update(A.setLoadingMore(true));
      return track(() => loadPages(gen, z, () => undefined)).finally(() =>
        store.update(A.setLoadingMore(false)),
      );
    },

    async expand(id) {
      const graph = canvas.graph();
      if (!graph || !graph.hasNode(id)) return;
      const n = await loadNeighborhood(request, id, NEIGHBOR_LIMIT);
      if (canvas.graph() !== graph) return;
      entities.remember(n.entities);
      mergeIntoView(graph, n.entities, n.relations, store.get().lang, () => id);
      store.update(A.expandNeighbors(n.entities.map((e) => e.id)));
      store.update(A.truncate("neighbors", n.entities.length, n.totalEntities));
      // A zone's view keeps its rings: neighbours stay beside the node they open from.
      if (store.get().filters.zoneId === null) canvas.startLayout();
    },

    whenDrawn: () => drawn,
  };
}
