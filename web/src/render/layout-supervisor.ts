/**
 * Runs ForceAtlas2 in its web worker (the page never freezes), stops it by itself once the layout
 * has settled (or after a time limit), then tidies overlapping nodes and labels with noverlap.
 * Large views get Barnes-Hut settings and skip the tidy, which would block the page.
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
/** Above this many nodes the layout skips noverlap (it runs on the main thread: long tasks on hundreds of nodes). */
export const TIDY_MAX_NODES = 300;

/** ForceAtlas2 settings for a graph of `order` nodes: Barnes-Hut and stronger damping when large. */
export function layoutSettings(order: number) {
  const large = order > 1000;
  return {
    ...inferSettings(order),
    scalingRatio: large ? 10 : 20,
    barnesHutOptimize: order > 300,
    barnesHutTheta: large ? 0.8 : 0.5,
    slowDown: large ? 1 + Math.log(order) : 2,
  };
}

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

/**
 * Creates the layout for a graph drawn by sigma; `onChange` hears every start and stop. A graph that
 * grows page by page passes the order it will reach as `expectedOrder`, which picks the settings.
 */
export function createLayout(
  graph: ViewGraph,
  sigma: Sigma<ViewNode, ViewEdge>,
  onChange: (running: boolean) => void,
  expectedOrder = graph.order,
): LayoutController {
  const supervisor = new FA2LayoutSupervisor<ViewNode, ViewEdge>(graph, {
    settings: layoutSettings(Math.max(graph.order, expectedOrder)),
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
    if (graph.order <= TIDY_MAX_NODES) tidy(graph, sigma);
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
