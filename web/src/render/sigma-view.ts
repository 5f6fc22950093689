/**
 * Sigma wiring: creates the renderer over the view graph with the reducers, turns sigma's events
 * into actions (hover, select, clear), and moves the camera to a node.
 */
import Sigma from "sigma";
import type { ViewEdge, ViewGraph, ViewNode } from "./graph-model.ts";
import { createReducers } from "./reducers.ts";
import type { SelectionState } from "../state/selection.ts";

/** What the canvas asks the app to do. */
export interface CanvasActions {
  hover(id: string | null): void;
  select(id: string | null): void;
}

/** The renderer with the calls the app needs. */
export interface SigmaView {
  sigma: Sigma<ViewNode, ViewEdge>;
  setSelection(selection: SelectionState): void;
  focusNode(id: string): Promise<void>;
  zoom(direction: "in" | "out" | "reset"): void;
  /** Moves the camera so every visible node is on screen. */
  fitVisible(): void;
  kill(): void;
}

/** The fonts labels are drawn with: Chinese-capable first. */
export const LABEL_FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** Draws the graph into a container. */
export function createSigmaView(container: HTMLElement, graph: ViewGraph, actions: CanvasActions): SigmaView {
  const reducers = createReducers(graph);
  const sigma = new Sigma<ViewNode, ViewEdge>(graph, container, {
    nodeReducer: reducers.nodeReducer,
    edgeReducer: reducers.edgeReducer,
    defaultEdgeType: "arrow",
    renderEdgeLabels: false,
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: "500",
    labelColor: { color: "#1f2933" },
    labelRenderedSizeThreshold: 7,
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

  return {
    sigma,
    setSelection(selection) {
      reducers.update(selection);
      sigma.refresh({ skipIndexation: true });
    },
    async focusNode(id) {
      const data = sigma.getNodeDisplayData(id);
      if (!data) return;
      const camera = sigma.getCamera();
      await camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.getState().ratio, 0.6) }, { duration: 500 });
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
      const ratio = Math.min(1.2, Math.max(0.15, 1.25 * Math.max(maxX - minX, maxY - minY)));
      void sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 400 });
    },
    kill: () => sigma.kill(),
  };
}
