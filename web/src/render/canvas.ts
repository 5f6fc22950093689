/**
 * The canvas: owns the sigma renderer, the view graph it draws and the layout running on it. It
 * mounts a new graph (one renderer for every view of the overview mode), keeps each view's
 * positions (a view seen again, or a dragged node, stays where it was), arranges a zone's view in
 * rings, starts and stops the layout, and frames the view once the layout settles. Sigma's events
 * only become actions.
 */
import type { AppState } from "../state/app-state.ts";
import type { FiltersState } from "../state/filters.ts";
import type { Lang } from "../state/i18n.ts";
import * as A from "../state/producers.ts";
import type { Store } from "../state/store.ts";
import { applyFilters, type ViewGraph } from "./graph-model.ts";
import { LARGE_GRAPH, MANY_EDGES } from "./graph-size.ts";
import type { Rect } from "./label-layer.ts";
import { createLayout, type LayoutController } from "./layout-supervisor.ts";
import { createSigmaView, type CanvasActions, type SigmaView } from "./sigma-view.ts";
import { arrangeZone } from "./zone-arrangement.ts";

/** The drawn graph, its renderer and its layout, with the calls the explorer makes on them. */
export interface Canvas {
  /** The graph on the canvas, if any. */
  graph(): ViewGraph | null;
  /** The renderer, if any. */
  view(): SigmaView | null;
  /** The layout of the graph on the canvas, if it was started. */
  layout(): LayoutController | null;
  /**
   * Draws a new graph with the filters and selection applied; `expectedOrder` is the size it will
   * grow to; `key` names the view, whose positions are kept. No layout yet. Returns whether the
   * view's positions were known (then no layout is needed).
   */
  mount(graph: ViewGraph, expectedOrder: number, key: string): boolean;
  /** Keeps the positions of the graph on the canvas as those of view `key`. */
  remember(key: string): void;
  /** Puts back the positions kept for view `key`; false when none were kept. */
  recall(key: string): boolean;
  /** Arranges the zone in focus in rings (no layout runs on it), framing it when `frame`. */
  arrangeZone(filters: FiltersState, lang: Lang, frame: boolean): void;
  /** Drops a zone's rings (its focus ended). */
  clearRings(lang: Lang): void;
  /** Starts (creating it on first use) the layout of the graph on the canvas. */
  startLayout(): void;
  /** Stops a running layout, starts a stopped one. */
  toggleLayout(): void;
  /** Resolves after sigma's next render (at once without a renderer). */
  nextRender(): Promise<void>;
  /** Removes the renderer and the layout (before the graph loads again). */
  clear(): void;
}

/** Views whose positions are kept at most (the oldest is forgotten first). */
export const KEPT_VIEWS = 12;

/** Creates the canvas in a container; sigma's events call `actions`, the layout reports to `store`. */
export function createCanvas(
  container: HTMLElement,
  store: Store<AppState>,
  actions: CanvasActions,
  covered: () => Rect[],
): Canvas {
  let graph: ViewGraph | null = null;
  let view: SigmaView | null = null;
  let layout: LayoutController | null = null;
  let settledOnce = false;
  let currentKey = "";
  const kept = new Map<string, Map<string, { x: number; y: number; fixed: boolean }>>();

  /** Frames the view once the layout stops: a zone's tied entities, or a linked entity the first time. */
  const onLayoutChange = (running: boolean) => {
    store.update(A.setLayoutRunning(running));
    if (running) return;
    const { filters, selection, mode } = store.get();
    if (mode === "full" && filters.tiedIds !== null) view?.fitVisible();
    else if (!settledOnce && selection.selected !== null) void view?.focusNode(selection.selected);
    settledOnce = true;
  };

  const ensureLayout = (): LayoutController | null => {
    if (!graph || !view) return null;
    layout ??= createLayout(graph, view.sigma, onLayoutChange);
    return layout;
  };

  const stopLayout = () => {
    layout?.kill();
    layout = null;
    store.update(A.setLayoutRunning(false));
  };

  const canvas: Canvas = {
    graph: () => graph,
    view: () => view,
    layout: () => layout,
    mount(next, expectedOrder, key) {
      if (graph && currentKey) canvas.remember(currentKey);
      stopLayout();
      const s = store.get();
      applyFilters(next, s.filters);
      graph = next;
      currentKey = key;
      // The overview mode keeps one renderer for all its views, drawing cheaply (thousands of nodes to come).
      const overview = s.mode === "overview";
      if (overview && view) view.setGraph(next, expectedOrder);
      else {
        view?.kill();
        view = createSigmaView(container, next, actions, {
          expectedOrder,
          cheap: overview || expectedOrder > LARGE_GRAPH || next.size > MANY_EDGES,
          covered,
        });
      }
      view.setOverlay({ rings: [], center: null, lang: s.lang });
      view.setSelection(store.get().selection);
      return canvas.recall(key);
    },
    remember(key) {
      if (!graph) return;
      const positions = new Map<string, { x: number; y: number; fixed: boolean }>();
      graph.forEachNode((id, a) => positions.set(id, { x: a.x, y: a.y, fixed: a.fixed }));
      kept.delete(key);
      kept.set(key, positions);
      for (const old of kept.keys()) {
        if (kept.size <= KEPT_VIEWS) break;
        kept.delete(old);
      }
    },
    recall(key) {
      currentKey = key;
      const positions = kept.get(key);
      if (!graph || !positions) return false;
      let all = graph.order > 0;
      graph.updateEachNodeAttributes((id, a) => {
        const p = positions.get(id);
        if (!p) all = false;
        return p ? { ...a, ...p } : a;
      });
      return all;
    },
    arrangeZone(filters, lang, frame) {
      if (!graph || filters.zoneId === null) return;
      stopLayout();
      const rings = arrangeZone(graph, filters, lang);
      applyFilters(graph, filters);
      view?.setOverlay({ rings, center: filters.zoneId, lang });
      view?.setSelection(store.get().selection);
      const outer = Math.max(0, ...rings.map((r) => r.radius));
      const zone = graph.hasNode(filters.zoneId) ? graph.getNodeAttributes(filters.zoneId) : { x: 0, y: 0 };
      if (frame) view?.frameVisible(true, outer > 0 ? { x: zone.x, y: zone.y, radius: outer } : undefined);
    },
    clearRings(lang) {
      view?.setOverlay({ rings: [], center: null, lang });
      view?.frameVisible(false);
    },
    startLayout: () => ensureLayout()?.start(),
    toggleLayout() {
      const l = ensureLayout();
      if (l?.isRunning()) l.stop();
      else l?.start();
    },
    nextRender: () => view?.nextRender() ?? Promise.resolve(),
    clear() {
      layout?.kill();
      view?.kill();
      layout = null;
      view = null;
      graph = null;
      currentKey = "";
    },
  };
  return canvas;
}
