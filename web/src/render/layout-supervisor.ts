/**
 * Runs ForceAtlas2 in its web worker (the page never freezes), stops it by itself once the layout
 * has settled (or after a time limit), then tidies overlapping nodes and labels with noverlap.
 */
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type Sigma from "sigma";
import type { ViewEdge, ViewGraph, ViewNode } from "./graph-model.ts";
import { isSettled, relativeMovement, type Positions } from "./settle.ts";

/** The layout control the toolbar drives. */
export interface LayoutController {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  kill(): void;
}

/** How often settledness is sampled, and the longest a run may last. */
export const SAMPLE_MS = 250;
export const MAX_RUN_MS = 12_000;

function snapshot(graph: ViewGraph): Positions {
  const positions = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id, a) => positions.set(id, { x: a.x, y: a.y }));
  return positions;
}

/** Spreads nodes apart in screen space so labels stop overlapping. */
export function tidy(graph: ViewGraph, sigma: Sigma<ViewNode, ViewEdge>): void {
  noverlap.assign(graph, {
    maxIterations: 150,
    settings: { margin: 8, ratio: 1.4, speed: 3 },
    inputReducer: (key, attr) => {
      const p = sigma.graphToViewport(attr);
      return { x: p.x, y: p.y, size: sigma.getNodeDisplayData(key)?.size ?? 4 };
    },
    outputReducer: (_key, attr) => {
      const p = sigma.viewportToGraph(attr);
      return { x: p.x, y: p.y };
    },
  });
}

/** Creates the layout for a graph drawn by sigma; `onChange` hears every start and stop. */
export function createLayout(graph: ViewGraph, sigma: Sigma<ViewNode, ViewEdge>, onChange: (running: boolean) => void): LayoutController {
  const supervisor = new FA2LayoutSupervisor<ViewNode, ViewEdge>(graph, {
    settings: { ...inferSettings(graph), scalingRatio: 20, barnesHutOptimize: graph.order > 300, slowDown: 2 },
  });
  let timer: ReturnType<typeof setInterval> | null = null;
  let startedAt = 0;
  let previous: Positions = new Map();
  let movements: number[] = [];

  const stop = () => {
    if (!supervisor.isRunning()) return;
    supervisor.stop();
    if (timer !== null) clearInterval(timer);
    timer = null;
    tidy(graph, sigma);
    onChange(false);
  };

  const sample = () => {
    const current = snapshot(graph);
    movements.push(relativeMovement(previous, current));
    previous = current;
    if (isSettled(movements) || performance.now() - startedAt > MAX_RUN_MS) stop();
  };

  return {
    start() {
      if (supervisor.isRunning() || graph.order === 0) return;
      startedAt = performance.now();
      previous = snapshot(graph);
      movements = [];
      supervisor.start();
      timer = setInterval(sample, SAMPLE_MS);
      onChange(true);
    },
    stop,
    isRunning: () => supervisor.isRunning(),
    kill() {
      if (timer !== null) clearInterval(timer);
      supervisor.kill();
    },
  };
}
