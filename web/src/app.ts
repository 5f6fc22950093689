/**
 * The explorer's wiring: builds the page, loads the graph over GraphQL, draws it with sigma, runs
 * the layout, and keeps canvas, panels and URL in step with one store. Sigma events and panel
 * clicks only dispatch updates; rendering follows the state.
 */
import type { EntitySummary, GraphData } from "./api/api-types.ts";
import { createGraphQLClient, GraphQLClientError } from "./api/graphql-client.ts";
import { loadGraph } from "./api/load-graph.ts";
import { createQueries } from "./api/queries.ts";
import { mountDetailsPanel } from "./panels/details-panel.ts";
import { h } from "./panels/dom.ts";
import { mountLegend } from "./panels/legend.ts";
import { mountPathTool } from "./panels/path-tool.ts";
import { createSearchBox } from "./panels/search-box.ts";
import { mountStatusBanner } from "./panels/status-banner.ts";
import { mountTiedPanel } from "./panels/tied-panel.ts";
import { mountToolbar } from "./panels/toolbar.ts";
import { downloadText, exportPng, visibleGexf } from "./render/exports.ts";
import { applyFilters, applyLabels, buildViewGraph, countByType, type ViewGraph } from "./render/graph-model.ts";
import { createLayout, type LayoutController } from "./render/layout-supervisor.ts";
import { createSigmaView, type SigmaView } from "./render/sigma-view.ts";
import * as A from "./state/app-state.ts";
import { isVisible } from "./state/filters.ts";
import { hover } from "./state/selection.ts";
import { createStore, type Store } from "./state/store.ts";
import { parseUrlState, serializeUrlState } from "./state/url-state.ts";

/** The test hook on `window.__zonegraph`: the live renderer, graph and store. */
export interface TestHook {
  ready: boolean;
  view: SigmaView | null;
  graph: ViewGraph | null;
  store: Store<A.AppState>;
  layout: LayoutController | null;
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
  const hook: TestHook = { ready: false, view: null, graph: null, store, layout: null };
  window.__zonegraph = hook;
  let data: GraphData = { entities: [], relations: [] };
  const entityOf = (id: string): EntitySummary | null => data.entities.find((e) => e.id === id) ?? null;
  const zones = () => data.entities.filter((e) => e.type === "ZONE").sort((a, b) => a.name.localeCompare(b.name, "zh"));

  /** Selects an entity from a panel or search: makes it visible, selects it, moves the camera. */
  const choose = (id: string) => {
    const e = entityOf(id);
    if (e && !isVisible(store.get().filters, id, e.type)) {
      if (store.get().filters.hiddenTypes.includes(e.type)) store.update(A.toggleEntityType(e.type));
      if (!isVisible(store.get().filters, id, e.type)) store.update(A.focusOnZone(null));
    }
    store.update(A.selectEntity(id));
    void hook.view?.focusNode(id);
  };

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
  const zoom = h(
    "div",
    { className: "zoom" },
    (["in", "out", "reset"] as const).map((d) =>
      h("button", { type: "button", "aria-label": `zoom ${d}`, onclick: () => hook.view?.zoom(d) }, d === "in" ? "+" : d === "out" ? "−" : "⟲"),
    ),
  );
  const detailsEl = h("section", {});
  const tiedEl = h("section", {});
  const pathEl = h("section", {});
  root.replaceChildren(toolbarEl, h("main", { className: "layout" }, h("div", { className: "canvas-wrap" }, canvas, legendEl, zoom, bannerEl), h("aside", { className: "side" }, detailsEl, tiedEl, pathEl)));

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
      toggleLayout: () => (hook.layout?.isRunning() ? hook.layout.stop() : hook.layout?.start()),
      toggleLang: () => store.update(A.setLang(store.get().lang === "zh" ? "en" : "zh")),
      share: async () => {
        if (!navigator.clipboard) throw new Error("no clipboard");
        await navigator.clipboard.writeText(location.href);
      },
      exportPng: () => hook.view && void exportPng(hook.view.sigma),
      exportGexf: () => hook.graph && downloadText(visibleGexf(hook.graph), "zonegraph.gexf", "application/gexf+xml"),
    }),
    mountLegend(legendEl, () => (hook.graph ? countByType(hook.graph) : new Map()), (type) => store.update(A.toggleEntityType(type))),
    mountStatusBanner(bannerEl, () => void boot()),
    mountDetailsPanel(detailsEl, queries, { select: (id) => (id === null ? store.update(A.selectEntity(null)) : choose(id)), focusZone: (id) => store.update(A.focusOnZone(id)) }),
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
    } catch {
      store.update(A.receiveTied({ zoneId, totalCount: 0, items: [] }));
    }
  };

  store.subscribe((s, prev) => {
    const graph = hook.graph;
    if (graph && s.lang !== prev.lang) applyLabels(graph, s.lang);
    if (graph && s.filters !== prev.filters) applyFilters(graph, s.filters);
    if (s.selection !== prev.selection || s.filters !== prev.filters) hook.view?.setSelection(s.selection);
    if (s.filters.zoneId !== prev.filters.zoneId && s.filters.zoneId !== null) void loadTied(s.filters.zoneId);
    if (s.filters.tiedIds !== prev.filters.tiedIds) {
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
    hook.ready = false;
    store.update((s) => ({ ...s, status: { kind: "loading" } }));
    try {
      data = await loadGraph(request);
    } catch (error) {
      const network = !(error instanceof GraphQLClientError) || error.kind !== "graphql";
      store.update((s) => ({ ...s, status: { kind: "error", network, message: error instanceof Error ? error.message : String(error) } }));
      return;
    }
    const graph = buildViewGraph(data, store.get().lang);
    applyFilters(graph, store.get().filters);
    hook.graph = graph;
    hook.view = createSigmaView(canvas, graph, {
      hover: (id) => store.update((s) => ({ ...s, selection: hover(s.selection, id) })),
      select: (id) => store.update(A.selectEntity(id)),
    });
    hook.view.setSelection(store.get().selection);
    let settledOnce = false;
    hook.layout = createLayout(graph, hook.view.sigma, (running) => {
      store.update((s) => ({ ...s, layoutRunning: running }));
      if (running) return;
      const { filters, selection } = store.get();
      if (filters.tiedIds !== null) hook.view?.fitVisible();
      // A shared link to an entity shows that entity once the layout has placed it.
      else if (!settledOnce && selection.selected !== null) void hook.view?.focusNode(selection.selected);
      settledOnce = true;
    });
    store.update((s) => ({ ...s, status: { kind: "ready", empty: graph.order === 0 } }));
    hook.layout.start();
    const s = store.get();
    if (s.filters.zoneId !== null) void loadTied(s.filters.zoneId);
    if (s.pathTool.from !== null && s.pathTool.to !== null) void findPath();
    hook.ready = true;
  }

  renderAll(store.get());
  void boot();
}
