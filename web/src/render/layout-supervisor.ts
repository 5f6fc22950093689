/**
 * Runs ForceAtlas2 in a web worker of its own (layout-worker.ts; the page never freezes), from the
 * graph's seeded positions, for a number of iterations that depends only on the graph (the same view
 * gives the same picture), then tidies overlapping nodes and labels with noverlap. Positions come
 * back as transferred Float32Arrays a few times a second and are applied in one batch each.
 * Large views get Barnes-Hut settings and skip the tidy, which would block the page.
 */
import { inferSettings } from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type Sigma from "sigma";
import type { ViewEdge, ViewGraph, ViewNode } from "./graph-model.ts";
import {
  batchPace,
  iterationBudget,
  postInterval,
  PPN,
  type PositionsMessage,
  type StartMessage,
} from "./layout-protocol.ts";

/** The layout control the toolbar drives. */
export interface LayoutController {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  kill(): void;
}

/** Iterations between two settledness checks of the worker. */
export const CHECK_EVERY = 10;
/** Above this many nodes the layout skips noverlap (it runs on the main thread: long tasks on hundreds of nodes). */
export const TIDY_MAX_NODES = 300;

/** ForceAtlas2 settings for a graph of `order` nodes: Barnes-Hut and stronger damping when large. */
export function layoutSettings(order: number) {
  const large = order > 1000;
  return {
    // ForceAtlas2's defaults (the kernel reads every setting; a missing one gives NaN positions).
    linLogMode: false,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    strongGravityMode: false,
    gravity: 1,
    ...inferSettings(order),
    scalingRatio: large ? 10 : 20,
    barnesHutOptimize: order > 300,
    barnesHutTheta: large ? 0.8 : 0.5,
    slowDown: large ? 1 + Math.log(order) : 2,
  };
}

/** ForceAtlas2's matrices of a graph, nodes in graph order (mass is 1 + weighted degree). */
export function toMatrices(graph: ViewGraph): {
  nodes: Float32Array<ArrayBuffer>;
  edges: Float32Array<ArrayBuffer>;
} {
  const nodes = new Float32Array(graph.order * PPN);
  const edges = new Float32Array(graph.size * 3);
  const index = new Map<string, number>();
  let j = 0;
  graph.forEachNode((id, a) => {
    index.set(id, j);
    nodes.set([a.x, a.y, 0, 0, 0, 0, 1, 1, a.size || 1, a.fixed ? 1 : 0], j);
    j += PPN;
  });
  j = 0;
  graph.forEachEdge((_id, a, source, target) => {
    const s = index.get(source) ?? 0;
    const t = index.get(target) ?? 0;
    const weight = a.weight;
    nodes[s + 6] = (nodes[s + 6] ?? 1) + weight;
    nodes[t + 6] = (nodes[t + 6] ?? 1) + weight;
    edges.set([s, t, weight], j);
    j += 3;
  });
  return { nodes, edges };
}

/** Sets x, y of every node (graph order) from an x,y array, in one batch sigma hears once. */
export function applyPositions(graph: ViewGraph, xy: Float32Array): void {
  if (xy.length !== 2 * graph.order) return;
  let i = 0;
  graph.updateEachNodeAttributes(
    (_id, a) => {
      a.x = xy[i] ?? a.x;
      a.y = xy[i + 1] ?? a.y;
      i += 2;
      return a;
    },
    { attributes: ["x", "y"] },
  );
}

/** Spreads nodes apart in screen space so labels stop overlapping. */
export function tidy(graph: ViewGraph, sigma: Sigma<ViewNode, ViewEdge>): void {
  // Sigma's frame must be that of the final positions (not of its last render), or the same layout
  // would be tidied differently from one load to the next.
  sigma.refresh();
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
 * A graph that changes while the layout runs starts it again from where its nodes are.
 */
export function createLayout(
  graph: ViewGraph,
  sigma: Sigma<ViewNode, ViewEdge>,
  onChange: (running: boolean) => void,
  expectedOrder = graph.order,
): LayoutController {
  const settings = layoutSettings(Math.max(graph.order, expectedOrder));
  let worker: Worker | null = null;
  let running = false;
  let restart: ReturnType<typeof setTimeout> | null = null;

  const finish = () => {
    running = false;
    if (graph.order <= TIDY_MAX_NODES) tidy(graph, sigma);
    onChange(false);
  };

  const onMessage = (event: MessageEvent<PositionsMessage>) => {
    if (!running) return;
    applyPositions(graph, new Float32Array(event.data.xy));
    if (event.data.done) finish();
  };

  const send = () => {
    worker ??= new Worker(new URL("./layout-worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = onMessage;
    const { nodes, edges } = toMatrices(graph);
    const message: StartMessage = {
      type: "start",
      nodes: nodes.buffer,
      edges: edges.buffer,
      settings,
      checkEvery: CHECK_EVERY,
      maxIterations: iterationBudget(graph.order),
      postEveryMs: postInterval(graph.order),
      minBatchMs: batchPace(graph.order),
    };
    worker.postMessage(message, [nodes.buffer, edges.buffer]);
  };

  const onGraphChange = () => {
    if (!running || restart !== null) return;
    restart = setTimeout(() => {
      restart = null;
      if (running) send();
    }, 0);
  };
  graph.on("nodeAdded", onGraphChange);
  graph.on("edgeAdded", onGraphChange);
  graph.on("nodeDropped", onGraphChange);
  graph.on("edgeDropped", onGraphChange);

  const stop = () => {
    if (!running) return;
    worker?.postMessage({ type: "stop" });
    finish();
  };

  return {
    start() {
      if (running || graph.order === 0) return;
      running = true;
      send();
      onChange(true);
    },
    stop,
    isRunning: () => running,
    kill() {
      running = false;
      if (restart !== null) clearTimeout(restart);
      worker?.terminate();
      worker = null;
      graph.removeListener("nodeAdded", onGraphChange);
      graph.removeListener("edgeAdded", onGraphChange);
      graph.removeListener("nodeDropped", onGraphChange);
      graph.removeListener("edgeDropped", onGraphChange);
    },
  };
}
