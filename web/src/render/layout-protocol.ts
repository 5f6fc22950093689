/**
 * The messages between the page and the layout worker (layout-worker.ts), and the rule that stops a
 * run. The stop is counted in iterations, never in time, so one graph always gets the same picture.
 */

/** Floats per node of ForceAtlas2's node matrix (x, y, dx, dy, old dx, old dy, mass, convergence, size, fixed). */
export const PPN = 10;

/** Starts a run: the matrices (transferred), the settings and when to stop. */
export interface StartMessage {
  type: "start";
  nodes: ArrayBuffer;
  edges: ArrayBuffer;
  settings: Record<string, number | boolean>;
  /** Iterations between two settledness checks. */
  checkEvery: number;
  /** Most iterations of a run. */
  maxIterations: number;
  /** Wall time between two posts of positions while the layout runs (the last is always posted). */
  postEveryMs: number;
  /** Shortest wall time of a batch: small graphs are paced so that their layout is seen moving. */
  minBatchMs: number;
}

/** Ends the run (its last positions are not sent). */
export interface StopMessage {
  type: "stop";
}

/** Positions after some iterations: x, y of each node in matrix order (transferred); `done` on the last. */
export interface PositionsMessage {
  type: "positions";
  xy: ArrayBuffer;
  iterations: number;
  done: boolean;
}

/** Mean movement of the nodes between two x,y arrays divided by the layout's extent (0 when nothing moved). */
export function movementXY(before: Float32Array, after: Float32Array): number {
  let moved = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  const n = Math.min(before.length, after.length) >> 1;
  for (let i = 0; i < n; i++) {
    const x = after[2 * i] ?? 0;
    const y = after[2 * i + 1] ?? 0;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
    moved += Math.hypot(x - (before[2 * i] ?? 0), y - (before[2 * i + 1] ?? 0));
  }
  const extent = Math.max(maxX - minX, maxY - minY);
  if (n === 0 || !(extent > 0)) return 0;
  return moved / n / extent;
}

/** Movement per check under which a check is calm, and calm checks in a row that end a run. */
export const CALM_MOVEMENT = 0.0008;
export const CALM_CHECKS = 3;
/**
 * Fewest iterations of a run (unless the budget is smaller): a layout started again on a settled
 * graph runs visibly (under a second on a small graph) rather than ending within the click.
 */
export const MIN_ITERATIONS = 500;

/** Most iterations of a run on `order` nodes: fewer on large graphs, where each costs more. */
export function iterationBudget(order: number): number {
  return Math.round(Math.min(2000, Math.max(300, 3_000_000 / Math.max(1, order))));
}

/**
 * Wall time between two drawings of a running layout on `order` nodes: a few a second on small
 * graphs; twice a second on large ones, where each frame of thousands of nodes and edges is a long
 * task (software compositing reads every WebGL canvas back).
 */
export function postInterval(order: number): number {
  return order > 300 ? 500 : 160;
}

/** Shortest batch on `order` nodes: a frame (~60 batches a second) on small graphs, none on large ones. */
export function batchPace(order: number): number {
  return order > 300 ? 0 : 16;
}
