/**
 * The explorer's wiring: builds the page, loads the graph (or, for a large one, the zone overview)
 * over GraphQL, draws it with sigma, runs the layout, and keeps canvas, panels and URL in step with
 * one store. Sigma events and panel clicks only dispatch updates; rendering follows the state.
 */
import type { EntitySummary } from "./api/api-types.ts";
import { createGraphQLClient, GraphQLClientError } from "./api/graphql-client.ts";
import { loadStart } from "./api/load-graph.ts";
import { createQueries } from "./api/queries.ts";
import { mountDetailsPanel } from "./panels/details-panel.ts";
import { h } from "./panels/dom.ts";
import { mountLegend } from "./panels/legend.ts";
import { mountPathTool } from "./panels/path-tool.ts";
import { createSearchBox } from "./panels/search-box.ts";
import { mountStatusBanner } from "./panels/status-banner.ts";
import { mountTiedPanel } from "./panels/tied-panel.ts";
import { mountToolbar } from "./panels/toolbar.ts";
import { mountTruncationNotice } from "./panels/truncation-notice.ts";
import { downloadText, exportPng, visibleGexf } from "./render/exports.ts";
import {
  applyFilters,
  applyLabels,
  buildViewGraph,
  countByType,
  type ViewGraph,
} from "./render/graph-model.ts";
import { createLayout, type LayoutController } from "./render/layout-supervisor.ts";
import { createSigmaView, LARGE_GRAPH, type CanvasActions, type SigmaView } from "./render/sigma-view.ts";
import * as A from "./state/app-state.ts";
import { isVisible } from "./state/filters.ts";
import { hover } from "./state/selection.ts";
import { createStore, type Store } from "./state/store.ts";
import { parseUrlState, serializeUrlState } from "./state/url-state.ts";
import { createViewLoader } from "./view-loader.ts";

/** The test hook on `window.__zonegraph`: the live renderer, graph and store. */
export interface TestHook {
  ready: boolean;
  view: SigmaView | null;
  graph: ViewGraph | null;
  store: Store<A.AppState>;
  layout: LayoutController | null;
  /** Resolves with `performance.now()` once the latest view (overview, zone, more) is drawn and the page responds. */
  whenDrawn(): Promise<number>;
}

declare global {
  interface Window {
    __zonegraph?: TestHook;
  }
}

/** Starts the explorer in a root element. */
export function startApp(root: HTMLElement): void {
  const store = createStore(A.initialAppState(parseUrlState(location.search)));
  const endpoint = new URL("graphql", location.href).pathname;
  const request = createGraphQLClient(endpoint);
  const queries = createQueries(request);
  const hook: TestHook = {
    ready: false,
    view: null,
    graph: null,
    store,
    layout: null,
    whenDrawn: () => loader.whenDrawn(),
  };
  window.__zonegraph = hook;
  // Every entity seen so far (whole graph, overview zones, tied pages, neighbourhoods), by id.
  const known = new Map<string, EntitySummary>();
  const entityOf = (id: string): EntitySummary | null => known.get(id) ?? null;
  let zoneList: EntitySummary[] = [];
  const zones = () => zoneList;
  const byName = new Intl.Collator("zh").compare;

  /** Selects an entity from a panel or search: makes it visible, selects it, moves the camera. */
  const choose = (id: string) => {
    const e = entityOf(id);
    const inView = hook.graph?.hasNode(id) ?? false;
    if (store.get().mode === "overview" && !inView) {
      // Not drawn: a zone opens its own view; anything else shows its details only.
      if (e?.type === "ZONE") store.update(A.focusOnZone(id));
    } else if (e && !isVisible(store.get().filters, id, e.type)) {
      if (store.get().filters.hiddenTypes.includes(e.type)) store.update(A.toggleEntityType(e.type));
      if (!isVisible(store.get().filters, id, e.type)) store.update(A.focusOnZone(null));
    }
    store.update(A.selectEntity(id));
    void hook.view?.focusNode(id);
  };

  const canvasActions: CanvasActions = {
    hover: (id) => store.update((s) => ({ ...s, selection: hover(s.selection, id) })),
    select: (id) => {
      store.update(A.selectEntity(id));
      // On the overview a zone's node opens the zone.
      const s = store.get();
      if (
        id !== null &&
        s.mode === "overview" &&
        s.filters.zoneId === null &&
        hook.graph?.getNodeAttribute(id, "entityType") === "ZONE"
      )
        store.update(A.focusOnZone(id));
    },
    expand: (id) => void loader.expand(id).catch(() => undefined),
  };

  let settledOnce = false;
  /** Draws a new graph: the renderer over it (reused in overview mode), the filters and selection applied; no layout yet. */
  const mount = (graph: ViewGraph, expectedOrder: number): void => {
    hook.layout?.kill();
    hook.layout = null;
    store.update((s) => ({ ...s, layoutRunning: false }));
    applyFilters(graph, store.get().filters);
    hook.graph = graph;
    // The overview mode keeps one renderer for all its views, drawing cheaply (thousands of nodes to come).
    const overview = store.get().mode === "overview";
    if (overview && hook.view) hook.view.setGraph(graph, expectedOrder);
    else {
      hook.view?.kill();
      hook.view = createSigmaView(canvas, graph, canvasActions, {
        expectedOrder,
        cheap: overview || expectedOrder > LARGE_GRAPH || graph.size > MANY_EDGES,
      });
    }
    hook.view.setSelection(store.get().selection);
  };

  /** The layout of the graph on the canvas, created on first use (a growing view creates it once complete). */
  const layout = (): LayoutController | null => {
    const { graph, view } = hook;
    if (!graph || !view) return null;
    hook.layout ??= createLayout(graph, view.sigma, (running) => {
      store.update((s) => ({ ...s, layoutRunning: running }));
      if (running) return;
      const { filters, selection, mode } = store.get();
      if (mode === "full" && filters.tiedIds !== null) hook.view?.fitVisible();
      // A shared link to an entity shows that entity once the layout has placed it.
      else if (!settledOnce && selection.selected !== null) void hook.view?.focusNode(selection.selected);
      settledOnce = true;
    });
    return hook.layout;
  };

  /** Graphs with more edges than this draw them as thin lines. */
  const MANY_EDGES = 1500;
  const remember = (entities: readonly EntitySummary[]) => {
    for (const e of entities) known.set(e.id, e);
  };
  const loader = createViewLoader({
    request,
    store,
    mount,
    current: () => ({ graph: hook.graph, view: hook.view }),
    startLayout: () => layout()?.start(),
    remember,
    entity: entityOf,
  });

  const search = createSearchBox({
    id: "search",
    inputTestId: "search-input",
    resultTestId: "search-result",
    placeholder: "searchPlaceholder",
    label: "searchLabel",
    search: (q) => queries.search(q, 10),
    onChoose: (hit) => choose(hit.entity.id),
  });
  const toolbarEl = h("header", {});
  const canvas = h("div", { id: "graph", className: "graph", "data-testid": "graph" });
  const legendEl = h("nav", {});
  const bannerEl = h("div", {});
  const notesEl = h("div", {});
  const zoom = h(
    "div",
    { className: "zoom" },
    (["in", "out", "reset"] as const).map((d) =>
      h(
        "button",
        { type: "button", "aria-label": `zoom ${d}`, onclick: () => hook.view?.zoom(d) },
        d === "in" ? "+" : d === "out" ? "−" : "⟲",
      ),
    ),
  );
  const detailsEl = h("section", {});
  const tiedEl = h("section", {});
  const pathEl = h("section", {});
  root.replaceChildren(
    toolbarEl,
    h(
      "main",
      { className: "layout" },
      h("div", { className: "canvas-wrap" }, canvas, notesEl, legendEl, zoom, bannerEl),
      h("aside", { className: "side" }, detailsEl, tiedEl, pathEl),
    ),
  );

  const findPath = async () => {
    const { from, to } = store.get().pathTool;
    if (from === null || to === null) return;
    store.update(A.receivePath("loading"));
    const result = await queries.shortestPath(from, to).catch(() => null);
    store.update(A.receivePath(result));
  };

  const renders = [
    mountToolbar(toolbarEl, search, zones, endpoint, {
      pickZone: (id) => store.update(A.focusOnZone(id)),
      toggleLayout: () => {
        const l = layout();
        if (l?.isRunning()) l.stop();
        else l?.start();
      },
      toggleLang: () => store.update(A.setLang(store.get().lang === "zh" ? "en" : "zh")),
      share: async () => {
        if (!navigator.clipboard) throw new Error("no clipboard");
        await navigator.clipboard.writeText(location.href);
      },
      exportPng: () => hook.view && void exportPng(hook.view.sigma),
      exportGexf: () =>
        hook.graph && downloadText(visibleGexf(hook.graph), "zonegraph.gexf", "application/gexf+xml"),
    }),
    mountLegend(
      legendEl,
      () => (hook.graph ? countByType(hook.graph) : new Map()),
      (type) => store.update(A.toggleEntityType(type)),
    ),
    mountStatusBanner(bannerEl, () => void boot()),
    mountTruncationNotice(notesEl, () => void loader.loadMore().catch(() => undefined)),
    mountDetailsPanel(detailsEl, queries, {
      select: (id) => (id === null ? store.update(A.selectEntity(null)) : choose(id)),
      focusZone: (id) => store.update(A.focusOnZone(id)),
    }),
    mountTiedPanel(tiedEl, entityOf, { select: choose, clearZone: () => store.update(A.focusOnZone(null)) }),
    mountPathTool(pathEl, entityOf, {
      search: (q) => queries.search(q, 8),
      setEnd: (end, id) => store.update(A.setPathEnd(end, id)),
      find: () => void findPath(),
      clear: () => store.update(A.clearPath),
      select: choose,
    }),
  ];
  const renderAll = (s: A.AppState) => renders.forEach((render) => render(s));

  const loadTied = async (zoneId: string) => {
    try {
      store.update(A.receiveTied(await queries.tied(zoneId)));
    } catch (error) {
      store.update(A.tiedFailed(zoneId, error instanceof Error ? error.message : String(error)));
    }
  };

  store.subscribe((s, prev) => {
    const graph = hook.graph;
    if (graph && s.lang !== prev.lang) applyLabels(graph, s.lang);
    if (graph && s.filters !== prev.filters) applyFilters(graph, s.filters);
    if (s.selection !== prev.selection || s.filters !== prev.filters) hook.view?.setSelection(s.selection);
    if (s.filters.zoneId !== prev.filters.zoneId && s.status.kind === "ready") {
      if (s.mode === "overview")
        void (s.filters.zoneId === null ? loader.showOverview() : loader.showZone(s.filters.zoneId));
      else if (s.filters.zoneId !== null) void loadTied(s.filters.zoneId);
    }
    if (s.mode === "full" && s.filters.tiedIds !== prev.filters.tiedIds) {
      if (s.filters.zoneId === null) hook.view?.zoom("reset");
      else if (s.filters.tiedIds !== null) hook.view?.fitVisible();
    }
    document.documentElement.lang = s.lang === "zh" ? "zh-CN" : "en";
    const query = serializeUrlState(A.toUrlState(s));
    if (query !== location.search) history.replaceState(null, "", `${location.pathname}${query}`);
    renderAll(s);
  });

  async function boot(): Promise<void> {
    hook.layout?.kill();
    hook.view?.kill();
    hook.layout = null;
    hook.view = null;
    hook.ready = false;
    store.update((s) => ({ ...s, status: { kind: "loading" } }));
    let start: Awaited<ReturnType<typeof loadStart>>;
    try {
      start = await loadStart(request);
    } catch (error) {
      const network = !(error instanceof GraphQLClientError) || error.kind !== "graphql";
      store.update((s) => ({
        ...s,
        status: { kind: "error", network, message: error instanceof Error ? error.message : String(error) },
      }));
      return;
    }
    const zoneId = store.get().filters.zoneId;
    if (start.kind === "full") {
      remember(start.data.entities);
      zoneList = start.data.entities.filter((e) => e.type === "ZONE").sort((a, b) => byName(a.name, b.name));
      const graph = buildViewGraph(start.data, store.get().lang);
      store.update(A.setMode("full"));
      mount(graph, graph.order);
      store.update((s) => ({ ...s, status: { kind: "ready", empty: graph.order === 0 } }));
      layout()?.start();
      if (zoneId !== null) void loadTied(zoneId);
    } else {
      loader.setOverview(start.overview);
      zoneList = start.overview.zones.map((z) => z.zone).sort((a, b) => byName(a.name, b.name));
      store.update((s) => ({
        ...A.setMode("overview")(s),
        status: { kind: "ready", empty: start.overview.zones.length === 0 },
      }));
      await (zoneId === null ? loader.showOverview() : loader.showZone(zoneId));
    }
    const s = store.get();
    if (s.pathTool.from !== null && s.pathTool.to !== null) void findPath();
    hook.ready = true;
  }

  renderAll(store.get());
  void boot();
}
