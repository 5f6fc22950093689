/**
 * StateHolder: the one reference to the graph state being served. `current()` is what a request
 * runs on (null while the first graph loads); `swap(next)` replaces it in one step and tells the
 * listeners (the front drops its response cache and plans), so nothing of the old graph is served.
 */
import { buildGraphState, isGraphState, type GraphState } from "./graph-state.ts";
import type { ServedGraph } from "./load-graph.ts";

/** Called after a swap with the new state and the one it replaced. */
export type SwapListener = (next: GraphState, previous: GraphState | null) => void;

/** Holds the current graph state; swaps it for a new one in one step. */
export class StateHolder {
  private state: GraphState | null;
  private readonly listeners = new Set<SwapListener>();

  /** A holder serving `initial` (null: still loading). */
  constructor(initial: GraphState | null = null) {
    this.state = initial;
  }

  /** The state requests run on now (null while loading). */
  current(): GraphState | null {
    return this.state;
  }

  /** Serves `next` from now on; listeners then drop what they derived from the old state. */
  swap(next: GraphState): void {
    const previous = this.state;
    this.state = next;
    for (const listener of this.listeners) listener(next, previous);
  }

  /** Calls `listener` after each swap; returns a function that stops it. */
  onSwap(listener: SwapListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** What a holder can be made from: a graph, a built state, or either still loading. */
export type StateSource = ServedGraph | GraphState | Promise<ServedGraph | GraphState>;

/**
 * A holder for `source`: a graph is built now, a promise is swapped in when it resolves (a failed
 * load is reported by whoever made the promise: main.ts exits).
 */
export function holderOf(
  source: StateSource | StateHolder,
  onNotice: (message: string) => void = (m) => console.warn(m),
): StateHolder {
  if (source instanceof StateHolder) return source;
  const build = (g: ServedGraph | GraphState): GraphState =>
    isGraphState(g) ? g : buildGraphState(g, onNotice);
  if (!(source instanceof Promise)) return new StateHolder(build(source));
  const holder = new StateHolder();
  source.then((g) => holder.swap(build(g))).catch(() => undefined);
  return holder;
}
