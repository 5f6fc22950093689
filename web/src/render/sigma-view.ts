/**
 * Sigma wiring: creates the renderer over the view graph with the reducers and settings fit for
 * its size (all labels on small graphs; points, thin lines and nothing but nodes while moving large
 * ones), draws the explorer's own labels (label-layer) and a zone's rings (ring-layer), swaps graphs
 * without a new renderer, turns sigma's events into actions (hover of nodes and edges, select,
 * clear, expand on double-click, drag to pin), and moves the camera.
 */
import Sigma from "sigma";
import { EdgeLineProgram, NodePointProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { Lang } from "../state/i18n.ts";
import type { SelectionState } from "../state/selection.ts";
import type { ViewEdge, ViewGraph, ViewNode } from "./graph-model.ts";
import { LARGE_GRAPH, SMALL_GRAPH } from "./graph-size.ts";
import { drawLabels, type DrawnLabel, type Rect } from "./label-layer.ts";
import { createReducers, type Reducers } from "./reducers.ts";
import { drawRings } from "./ring-layer.ts";
import type { Ring } from "./zone-layout.ts";

/** What the canvas asks the app to do. */
export interface CanvasActions {
  hover(id: string | null): void;
  select(id: string | null): void;
  /** Double-click: open the node's neighbourhood. */
  expand(id: string): void;
  /** The pointer enters (id) or leaves (null) an edge. */
  hoverEdge(id: string | null): void;
}

/** What is drawn behind and over the graph: a zone's rings (around its node) and the label language. */
export interface Overlay {
  rings: readonly Ring[];
  center: string | null;
  lang: Lang;
}

/** The renderer with the calls the app needs. */
export interface SigmaView {
  sigma: Sigma<ViewNode, ViewEdge>;
  /** Draws another graph with the same renderer; `expectedOrder` is the size it will grow to. */
  setGraph(graph: ViewGraph, expectedOrder: number): void;
  setSelection(selection: SelectionState): void;
  focusNode(id: string): Promise<void>;
  zoom(direction: "in" | "out" | "reset"): void;
  /** Moves the camera so every visible node is on screen (or only `ids`, e.g. a path). */
  fitVisible(ids?: readonly string[]): void;
  /** Sets the rings behind a zone's view and the language of their captions. */
  setOverlay(overlay: Overlay): void;
  /**
   * Fits the visible nodes to the whole canvas (sigma's frame becomes their extent, so a zone's
   * rings fill the view however large the rest of the graph is); `null` gives the frame back to
   * the whole graph.
   */
  frameVisible(on: boolean, around?: { x: number; y: number; radius: number }): void;
  /** Resolves after sigma's next render, in a task of its own. */
  nextRender(): Promise<void>;
  /** The labels of the last render, and the parts of the canvas they had to avoid. */
  labels(): { drawn: readonly DrawnLabel[]; covered: readonly Rect[] };
  /** The rings and language drawn over the graph. */
  overlay(): Overlay;
  kill(): void;
}

/** Settings of labels and movement for a graph of `order` nodes (the size it will reach). */
export function sizeSettings(order: number): Partial<Settings<ViewNode, ViewEdge>> {
  if (order <= SMALL_GRAPH)
    return {
      labelRenderedSizeThreshold: 0,
      labelDensity: 1.2,
      labelGridCellSize: 70,
      hideEdgesOnMove: false,
      hideLabelsOnMove: false,
    };
  if (order <= LARGE_GRAPH)
    return {
      labelRenderedSizeThreshold: 7,
      labelDensity: 1,
      labelGridCellSize: 100,
      hideEdgesOnMove: true,
      hideLabelsOnMove: false,
    };
  return {
    labelRenderedSizeThreshold: 12,
    labelDensity: 0.6,
    labelGridCellSize: 120,
    hideEdgesOnMove: true,
    hideLabelsOnMove: true,
  };
}

/**
 * Node and edge programs: discs and arrows, or — for renderers that will draw thousands — points and
 * 1-pixel lines, which software WebGL (headless Chromium, machines without a GPU) draws many times faster.
 */
export function programSettings(cheap: boolean): Partial<Settings<ViewNode, ViewEdge>> {
  if (!cheap) return { defaultEdgeType: "arrow" };
  return {
    defaultEdgeType: "line",
    nodeProgramClasses: { circle: NodePointProgram },
    edgeProgramClasses: { line: EdgeLineProgram },
  };
}

/** The fonts labels are drawn with: Chinese-capable first. */
export const LABEL_FONT =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** Options of the renderer: the size the first graph grows to, and whether to draw cheaply (large graphs to come). */
export interface ViewOptions {
  expectedOrder: number;
  cheap: boolean;
  /** Parts of the canvas covered by panels (CSS pixels from its top left): no label goes there. */
  covered(): Rect[];
}

/** Size and colour of labels. */
const LABEL_SIZE = 13;

/**
 * Draws what the explorer adds to sigma's render: a zone's rings (on the "rings" layer, when the
 * renderer has one) and the labels, avoiding `covered`. Returns the labels drawn.
 */
export function drawOverlay(
  sigma: Sigma<ViewNode, ViewEdge>,
  overlay: Overlay,
  covered: readonly Rect[],
): { drawn: readonly DrawnLabel[]; covered: readonly Rect[] } {
  const graph = sigma.getGraph();
  const { width, height } = sigma.getDimensions();
  const ringContext = sigma.getCanvases()["rings"]?.getContext("2d");
  if (ringContext) {
    ringContext.clearRect(0, 0, width, height);
    if (overlay.center !== null && graph.hasNode(overlay.center) && overlay.rings.length > 0)
      drawRings(sigma, ringContext, graph.getNodeAttributes(overlay.center), overlay.rings, overlay.lang);
  }
  const settings = sigma.getSettings();
  const moving = sigma.getCamera().isAnimated() || sigma.getMouseCaptor().isMoving;
  if (settings.hideLabelsOnMove && moving) return { drawn: [], covered };
  const labels = sigma.getCanvases()["labels"]?.getContext("2d");
  if (!labels) return { drawn: [], covered };
  const style = {
    font: LABEL_FONT,
    size: LABEL_SIZE,
    weight: "500",
    color: "#1f2933",
    threshold: settings.labelRenderedSizeThreshold,
  };
  return { drawn: drawLabels(sigma, labels, style, covered), covered };
}

/** Draws the graph into a container. */
export function createSigmaView(
  container: HTMLElement,
  first: ViewGraph,
  actions: CanvasActions,
  options: ViewOptions,
): SigmaView {
  let graph = first;
  const reducers: Reducers = createReducers(graph);
  const sigma = new Sigma<ViewNode, ViewEdge>(graph, container, {
    ...programSettings(options.cheap),
    ...sizeSettings(Math.max(graph.order, options.expectedOrder)),
    nodeReducer: reducers.nodeReducer,
    edgeReducer: reducers.edgeReducer,
    renderEdgeLabels: false,
    renderLabels: false,
    enableEdgeEvents: true,
    labelFont: LABEL_FONT,
    labelSize: LABEL_SIZE,
    labelWeight: "500",
    labelColor: { color: "#1f2933" },
    zIndex: true,
    minCameraRatio: 0.05,
    maxCameraRatio: 4,
    allowInvalidContainer: true,
  });
  let overlay: Overlay = { rings: [], center: null, lang: "zh" };
  let drawn: { drawn: readonly DrawnLabel[]; covered: readonly Rect[] } = { drawn: [], covered: [] };
  sigma.createCanvasContext("rings");
  const canvases = sigma.getCanvases();
  // Behind the edges and nodes.
  if (canvases["rings"] && canvases["edges"]) canvases["edges"].before(canvases["rings"]);
  sigma.resize(true);
  // Reducers run at once, drawing waits for the next frame: the changes of one task (filters,
  // selection, a zone's arrangement and framing) cost one render, not one each. Display data is
  // framed only by a render: whoever reads it first renders what is pending (`processed`).
  let pending = false;
  const refreshSoon = () => {
    pending = true;
    sigma.refresh({ schedule: true });
  };
  const processed = () => {
    if (pending) sigma.refresh();
  };
  sigma.on("afterRender", () => {
    pending = false;
    drawn = drawOverlay(sigma, overlay, options.covered());
  });
  // Dragging a node moves it and pins it there (layouts leave it alone).
  let dragged: string | null = null;
  sigma.on("downNode", ({ node }) => {
    dragged = node;
    if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
  });
  sigma.getMouseCaptor().on("mousemovebody", (event) => {
    if (dragged === null || !graph.hasNode(dragged)) return;
    const p = sigma.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: p.x, y: p.y, fixed: true });
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  sigma.getMouseCaptor().on("mouseup", () => {
    dragged = null;
  });
  sigma.on("enterEdge", ({ edge }) => actions.hoverEdge(edge));
  sigma.on("leaveEdge", () => actions.hoverEdge(null));
  sigma.on("enterNode", ({ node }) => {
    container.style.cursor = "pointer";
    actions.hover(node);
  });
  sigma.on("leaveNode", () => {
    container.style.cursor = "";
    actions.hover(null);
  });
  sigma.on("clickNode", ({ node }) => actions.select(node));
  sigma.on("clickStage", () => actions.select(null));
  sigma.on("doubleClickNode", ({ node, event }) => {
    // The double-click expands the node; sigma would also zoom in.
    event.preventSigmaDefault();
    actions.expand(node);
  });

  return {
    sigma,
    setGraph(next, expectedOrder) {
      graph = next;
      reducers.setGraph(next);
      sigma.setCustomBBox(null);
      sigma.setGraph(next);
      sigma.setSettings(sizeSettings(Math.max(next.order, expectedOrder)));
      sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    },
    setSelection(next) {
      reducers.update(next);
      refreshSoon();
    },
    async focusNode(id) {
      processed();
      const data = sigma.getNodeDisplayData(id);
      if (!data) return;
      const camera = sigma.getCamera();
      await camera.animate(
        { x: data.x, y: data.y, ratio: Math.min(camera.getState().ratio, 0.6) },
        { duration: 500 },
      );
    },
    zoom(direction) {
      const camera = sigma.getCamera();
      if (direction === "in") void camera.animatedZoom({ duration: 250 });
      else if (direction === "out") void camera.animatedUnzoom({ duration: 250 });
      else void camera.animatedReset({ duration: 250 });
    },
    setOverlay(next) {
      overlay = next;
      sigma.scheduleRender();
    },
    frameVisible(on, around) {
      if (!on) {
        sigma.setCustomBBox(null);
        return;
      }
      // The visible nodes, and the circle `around` (a zone's outer ring with its caption) if given.
      let minX = around ? around.x - around.radius : Infinity;
      let maxX = around ? around.x + around.radius : -Infinity;
      let minY = around ? around.y - around.radius : Infinity;
      let maxY = around ? around.y + around.radius * 1.12 : -Infinity;
      graph.forEachNode((_id, a) => {
        if (a.hidden) return;
        minX = Math.min(minX, a.x);
        maxX = Math.max(maxX, a.x);
        minY = Math.min(minY, a.y);
        maxY = Math.max(maxY, a.y);
      });
      if (!Number.isFinite(minX)) return;
      // Room for labels, drawn beside their nodes.
      const pad = 0.08 * Math.max(maxX - minX, maxY - minY, 1);
      sigma.setCustomBBox({ x: [minX - pad, maxX + pad], y: [minY - pad, maxY + pad] });
      sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1.05, angle: 0 });
      refreshSoon();
    },
    fitVisible(ids) {
      processed();
      const only = ids ? new Set(ids) : null;
      // Display data is in sigma's framed coordinates, where the whole graph spans [0, 1] at ratio 1.
      let minX = Infinity;
      let maxX = -Infinity;
      let minY = Infinity;
      let maxY = -Infinity;
      graph.forEachNode((id, a) => {
        const d = sigma.getNodeDisplayData(id);
        if (a.hidden || !d || (only && !only.has(id))) return;
        minX = Math.min(minX, d.x);
        maxX = Math.max(maxX, d.x);
        minY = Math.min(minY, d.y);
        maxY = Math.max(maxY, d.y);
      });
      if (!Number.isFinite(minX)) return;
      const ratio = Math.min(1.2, Math.max(0.15, 1.5 * Math.max(maxX - minX, maxY - minY)));
      // Labels are drawn to the right of their nodes: shift the view right so the rightmost fit too.
      void sigma
        .getCamera()
        .animate({ x: (minX + maxX) / 2 + 0.12 * ratio, y: (minY + maxY) / 2, ratio }, { duration: 400 });
    },
    nextRender: () =>
      new Promise<void>((resolve) => {
        // Resolving in a new task keeps what the caller does next out of the render's task.
        sigma.once("afterRender", () => setTimeout(resolve, 0));
        sigma.scheduleRender();
      }),
    labels: () => drawn,
    overlay: () => overlay,
    kill: () => sigma.kill(),
  };
}
