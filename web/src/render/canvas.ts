/**
 * The canvas: owns the sigma renderer, the view graph it draws and the layout running on it. It
 * mounts a new graph (one renderer for every view of the overview mode), starts and stops the
 * layout, and frames the view once the layout settles. Sigma's events only become actions.
 */
import * as A from "../state/producers.ts";
import { type AppState } from "../state/app-state.ts";
import type { Store } from "../state/store.ts";
import { applyFilters, type ViewGraph } from "./graph-model.ts";
import { LARGE_GRAPH, MANY_EDGES } from "./graph-size.ts";
import { createLayout, type LayoutController } from "./layout-supervisor.ts";
import { createSigmaView, type CanvasActions, type SigmaView } from "./sigma-view.ts";

/** The drawn graph, its renderer and its layout, with the calls the explorer makes on them. */
export interface Canvas {
  /** The graph on the canvas, if any. */
  graph(): ViewGraph | null;
  /** The renderer, if any. */
  view(): SigmaView | null;
  /** The layout of the graph on the canvas, if it was started. */
  layout(): LayoutController | null;
  /** Draws a new graph with the filters and selection applied; `expectedOrder` is the size it will grow to. No layout yet. */
  mount(graph: ViewGraph, expectedOrder: number): void;
  /** Starts (creating it on first use) the layout of the graph on the canvas. */
  startLayout(): void;
  /** Stops a running layout, starts a stopped one. */
  toggleLayout(): void;
  /** Resolves after sigma's next render (at once without a renderer). */
  nextRender(): Promise<void>;
  /** Removes the renderer and the layout (before the graph loads again). */
  clear(): void;
}

/** Creates the canvas in a container; sigma's events call `actions`, the layout reports to `store`. */
export function createCanvas(container: HTMLElement, store: Store<AppState>, actions: CanvasActions): Canvas {
  let graph: ViewGraph | null = null;
  let view: SigmaView | null = null;
  let layout: LayoutController | null = null;
  let settledOnce = false;

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

  return {
    graph: () => graph,
    view: () => view,
    layout: () => layout,
    mount(next, expectedOrder) {
      layout?.kill();
      layout = null;
      store.update(A.setLayoutRunning(false));
      const s = store.get();
      applyFilters(next, s.filters);
      graph = next;
      // The overview mode keeps one renderer for all its views, drawing cheaply (thousands of nodes to come).
      const overview = s.mode === "overview";
      if (overview && view) view.setGraph(next, expectedOrder);
      else {
        view?.kill();
        view = createSigmaView(container, next, actions, {
          expectedOrder,
          cheap: overview || expectedOrder > LARGE_GRAPH || next.size > MANY_EDGES,
        });
      }
      view.setSelection(store.get().selection);
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
    },
  };
}
