/**
 * The layout worker: runs ForceAtlas2 on the matrices the page sends, in batches of `checkEvery`
 * iterations, stopping once `CALM_CHECKS` checks in a row moved less than `CALM_MOVEMENT` (or at the
 * budget), small graphs paced to `minBatchMs` a batch. It posts positions as a transferred
 * Float32Array every `postEveryMs`, and always the last.
 */
import iterate from "graphology-layout-forceatlas2/iterate.js";
import {
  CALM_CHECKS,
  CALM_MOVEMENT,
  MIN_ITERATIONS,
  movementXY,
  PPN,
  type PositionsMessage,
  type StartMessage,
  type StopMessage,
} from "./layout-protocol.ts";

let run = 0;

const positionsOf = (nodes: Float32Array): Float32Array<ArrayBuffer> => {
  const n = nodes.length / PPN;
  const xy = new Float32Array(2 * n);
  for (let i = 0; i < n; i++) {
    xy[2 * i] = nodes[i * PPN] ?? 0;
    xy[2 * i + 1] = nodes[i * PPN + 1] ?? 0;
  }
  return xy;
};

const post = (xy: Float32Array<ArrayBuffer>, iterations: number, done: boolean) => {
  const message: PositionsMessage = { type: "positions", xy: xy.buffer, iterations, done };
  self.postMessage(message, { transfer: [xy.buffer] });
};

function start(m: StartMessage): void {
  const id = ++run;
  const nodes = new Float32Array(m.nodes);
  const edges = new Float32Array(m.edges);
  let before = positionsOf(nodes);
  let iterations = 0;
  let calm = 0;
  let postedAt = 0;
  const step = () => {
    if (id !== run) return;
    const startedAt = performance.now();
    for (let k = 0; k < m.checkEvery; k++) iterate(m.settings, nodes, edges);
    iterations += m.checkEvery;
    const after = positionsOf(nodes);
    calm = movementXY(before, after) < CALM_MOVEMENT ? calm + 1 : 0;
    before = after;
    const done = (calm >= CALM_CHECKS && iterations >= MIN_ITERATIONS) || iterations >= m.maxIterations;
    const now = performance.now();
    if (done || now - postedAt >= m.postEveryMs) {
      postedAt = now;
      post(after.slice(), iterations, done);
    }
    // A task per batch, so that a stop or a new start is heard between batches.
    if (!done) setTimeout(step, Math.max(0, m.minBatchMs - (performance.now() - startedAt)));
  };
  step();
}

self.addEventListener("message", (event: MessageEvent<StartMessage | StopMessage>) => {
  if (event.data.type === "start") start(event.data);
  else run++;
});
