/**
 * Sigma wiring: creates the renderer over the view graph with the reducers and settings fit for
 * its size (all labels on small graphs; points, thin lines and nothing but nodes while moving large
 * ones), swaps graphs without a new renderer, turns sigma's events into actions (hover, select,
 * clear, expand on double-click), and moves the camera.
 */
import Sigma from "sigma";
import { EdgeLineProgram, NodePointProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { ViewEdge, ViewGraph, ViewNode } from "./graph-model.ts";
import { LARGE_GRAPH, SMALL_GRAPH } from "./graph-size.ts";
import { createReducers, type Reducers } from "./reducers.ts";
import type { SelectionState } from "../state/selection.ts";

/** What the canvas asks the app to do. */
export interface CanvasActions {
  hover(id: string | null): void;
  select(id: string | null): void;
  /** Double-click: open the node's neighbourhood. */
  expand(id: string): void;
}

/** The renderer with the calls the app needs. */
export interface SigmaView {
  sigma: Sigma<ViewNode, ViewEdge>;
  /** Draws another graph with the same renderer; `expectedOrder` is the size it will grow to. */
  setGraph(graph: ViewGraph, expectedOrder: number): void;
  setSelection(selection: SelectionState): void;
  focusNode(id: string): Promise<void>;
  zoom(direction: "in" | "out" | "reset"): void;
  /** Moves the camera so every visible node is on screen. */
  fitVisible(): void;
  /** Resolves after sigma's next render, in a task of its own. */
  nextRender(): Promise<void>;
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
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: "500",
    labelColor: { color: "#1f2933" },
    zIndex: true,
    minCameraRatio: 0.05,
    maxCameraRatio: 4,
    allowInvalidContainer: true,
  });
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
      sigma.setGraph(next);
      sigma.setSettings(sizeSettings(Math.max(next.order, expectedOrder)));
      sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    },
    setSelection(next) {
      reducers.update(next);
      sigma.refresh({ skipIndexation: true });
    },
    async focusNode(id) {
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
    fitVisible() {
      // Display data is in sigma's framed coordinates, where the whole graph spans [0, 1] at ratio 1.
      let minX = Infinity;
      let maxX = -Infinity;
      let minY = Infinity;
      let maxY = -Infinity;
      graph.forEachNode((id, a) => {
        const d = sigma.getNodeDisplayData(id);
        if (a.hidden || !d) return;
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
    kill: () => sigma.kill(),
  };
}
