/**
 * The explorer's wiring: builds the page, creates the store, the canvas, the view loader and
 * start-up, mounts the panels (they render the state and call named actions), starts the effects
 * that follow the state (canvas, zone, details, path, URL, document language), then starts up.
 */
import { createEntityDirectory } from "./api/entity-directory.ts";
import { loadExportData } from "./api/export-data.ts";
import { pngFrame } from "./render/png-frame.ts";
import { createGraphQLClient } from "./api/graphql-client.ts";
import { createQueries } from "./api/queries.ts";
import { createBoot } from "./boot.ts";
import { syncCanvas } from "./effects/canvas-sync.ts";
import { followDetails } from "./effects/details-loading.ts";
import { syncDocumentLang } from "./effects/document-lang.ts";
import { syncDocumentTitle } from "./effects/document-title.ts";
import { entityLabel } from "./state/labels.ts";
import {
  documentVisibility,
  followGraphVersion,
  graphVersionReader,
  refreshKeepingView,
} from "./effects/graph-version.ts";
import { followPath } from "./effects/path-loading.ts";
import { followConnection } from "./effects/reconnect.ts";
import { followSuggestions } from "./effects/suggestions-loading.ts";
import { syncUrl } from "./effects/url-sync.ts";
import { followZone } from "./effects/zone-loading.ts";
import { createExplorerActions } from "./explorer-actions.ts";
import { mountDetailsPanel } from "./panels/details-panel.ts";
import { h } from "./panels/dom.ts";
import { mountLegend } from "./panels/legend.ts";
import { mountPathTool } from "./panels/path-tool.ts";
import { createSearchBox } from "./panels/search-box.ts";
import { mountStatusBanner } from "./panels/status-banner.ts";
import { mountTiedPanel } from "./panels/tied-panel.ts";
import { mountToolbar } from "./panels/toolbar.ts";
import { mountTruncationNotice } from "./panels/truncation-notice.ts";
import { createCanvas } from "./render/canvas.ts";
import { describeEdge } from "./render/describe-edge.ts";
import { coveredRects } from "./panels/covered-rects.ts";
import { mountEdgeTooltip } from "./panels/edge-tooltip.ts";
import { mountFilterPanel } from "./panels/filter-panel.ts";
import { mountNodeList } from "./panels/node-list.ts";
import { mountZoomButtons } from "./panels/zoom-buttons.ts";
import { listedNodes } from "./render/listed-nodes.ts";
import { t } from "./state/i18n.ts";
import { shownCounts } from "./render/shown-counts.ts";
import { followZoneArrangement } from "./effects/zone-arrangement.ts";
import { initialAppState, type AppState } from "./state/app-state.ts";
import { createStore } from "./state/store.ts";
import { parseUrlState } from "./state/url-state.ts";
import { exposeTestHook } from "./test-hook.ts";
import { createViewLoader } from "./view-loader.ts";

/** Starts the explorer in a root element. */
export function startApp(root: HTMLElement): void {
  const store = createStore(initialAppState(parseUrlState(location.search)));
  const endpoint = new URL("graphql", location.href).pathname;
  const request = createGraphQLClient(endpoint);
  const queries = createQueries(request);
  const entities = createEntityDirectory();
  const nameOf = (id: string, lang: AppState["lang"]) => {
    const e = entities.entity(id);
    return e ? entityLabel(e, lang) : id;
  };

  // The page: toolbar on top; the canvas with its overlays; the side panels.
  const toolbarEl = h("header", {});
  const canvasEl = h("div", { id: "graph", className: "graph", "data-testid": "graph" });
  const legendEl = h("nav", {});
  const filtersEl = h("section", {});
  const tooltipEl = h("div", {});
  const bannerEl = h("div", {});
  const notesEl = h("div", {});
  const zoomEl = h("div", {});
  const detailsEl = h("section", {});
  const tiedEl = h("section", {});
  const pathEl = h("section", {});
  const listEl = h("section", {});
  const skipEl = h("a", { className: "skip-link", href: "#node-list" });
  root.replaceChildren(
    skipEl,
    toolbarEl,
    h(
      "main",
      { className: "layout" },
      h(
        "div",
        { className: "canvas-wrap" },
        canvasEl,
        tooltipEl,
        notesEl,
        h("div", { className: "legend-dock" }, legendEl, filtersEl),
        zoomEl,
        bannerEl,
      ),
      h("aside", { className: "side" }, pathEl, detailsEl, tiedEl, listEl),
    ),
  );

  // The runtime: the canvas (sigma, view graph, layout), the view loader, start-up, the actions.
  const canvas = createCanvas(
    canvasEl,
    store,
    {
      hover: (id) => actions.hover(id),
      hoverEdge: (id) => actions.hoverEdge(id),
      select: (id) => actions.clickNode(id),
      expand: (id) => actions.expand(id),
    },
    () => coveredRects(canvasEl, [...notesEl.children, legendEl, filtersEl, zoomEl, bannerEl, tooltipEl]),
  );
  const loader = createViewLoader({ request, store, canvas, entities });
  const boot = createBoot({ request, queries, store, canvas, loader, entities });
  const reconnect = followConnection(
    store,
    () => fetch(new URL("healthz", location.href)).then((r) => r.ok),
    () => void boot.run(),
  );
  const retry = async () => {
    const s = store.get().status;
    // A server that answered with an error is asked again at once; an unreachable one is checked first.
    if (s.kind === "error" && !s.network) await boot.run();
    else reconnect.check();
  };
  // A publish elsewhere (the review page, another server on the same folder) changes the graph
  // version: the view is loaded again where the user is.
  followGraphVersion({
    readVersion: graphVersionReader(request),
    refresh: refreshKeepingView({ store, canvas, boot }),
    page: documentVisibility,
  });
  const actions = createExplorerActions({
    store,
    canvas,
    loader,
    entities,
    boot: retry,
    pngFrame: () => pngFrame(store.get(), canvas.graph(), nameOf),
    exportData: (ids) => loadExportData(request, ids),
  });
  exposeTestHook({ store, canvas, isReady: boot.isReady, whenDrawn: loader.whenDrawn });

  // The panels render the state and call actions.
  const search = createSearchBox({
    id: "search",
    inputTestId: "search-input",
    resultTestId: "search-result",
    placeholder: "searchPlaceholder",
    label: "searchLabel",
    actions,
  });
  const renders = [
    (s: AppState) => (skipEl.textContent = t(s.lang, "skipLink")),
    mountZoomButtons(zoomEl, actions.zoom),
    mountNodeList(
      listEl,
      canvasEl,
      (s) => listedNodes(canvas.graph(), s.filters, s.lang),
      actions.clickOrChoose,
    ),
    mountToolbar(toolbarEl, search, entities.zones, endpoint, actions),
    mountLegend(legendEl, (s) => shownCounts(canvas.graph(), s.filters), actions.toggleType),
    mountFilterPanel(filtersEl, actions),
    mountEdgeTooltip(tooltipEl, (id) => describeEdge(canvas.view(), id, store.get().lang)),
    mountStatusBanner(bannerEl, actions.retry),
    mountTruncationNotice(notesEl, actions.loadMore),
    mountDetailsPanel(detailsEl, {
      select: (id) => (id === null ? actions.unselect() : actions.choose(id)),
      focusZone: actions.pickZone,
      chooseLookup: (hit) => actions.chooseSuggestion("lookup", hit),
    }),
    mountTiedPanel(tiedEl, entities.entity, {
      select: actions.choose,
      clearZone: () => actions.pickZone(null),
      chooseLookup: (hit) => actions.chooseSuggestion("lookup", hit),
    }),
    mountPathTool(pathEl, entities.entity, {
      ...actions,
      setEnd: actions.setPathEnd,
      find: actions.findPath,
      clear: actions.clearPath,
      select: actions.choose,
    }),
  ];

  // The effects: each follows one concern of the state.
  syncCanvas(store, canvas);
  followZone(store, loader, queries);
  followDetails(store, queries);
  followPath(
    store,
    {
      // The ends and steps of paths are named in the panels, also on the overview (where they are not drawn).
      shortestPaths: (from, to, k) =>
        queries.shortestPaths(from, to, k).then((answer) => {
          entities.remember(
            [answer.from, answer.to, ...answer.paths.flatMap((p) => p.entities)].filter((e) => e !== null),
          );
          return answer;
        }),
    },
    (ids) => canvas.view()?.fitVisible(ids),
  );
  followZoneArrangement(store, canvas);
  followSuggestions(store, queries, actions.chooseSuggestion);
  syncUrl(store);
  syncDocumentLang(store);
  syncDocumentTitle(store, nameOf);
  const renderAll = (s: AppState) => renders.forEach((render) => render(s));
  store.subscribe(renderAll);

  // Escape clears the selection (a search box's own Escape, closing its list, comes first).
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !event.defaultPrevented) actions.unselect();
  });

  renderAll(store.get());
  void boot.run();
}
