/**
 * The QueryIndex of a GraphQL context: one per loaded graph state, built on first use and dropped
 * with the state when a reload swaps it (a WeakMap keyed by the state object, until GraphState
 * holds it itself).
 */
import { QueryIndex } from "../graph/query-index.ts";
import type { GraphState } from "../state/graph-state.ts";

const indexes = new WeakMap<GraphState, QueryIndex>();

/** The query indexes of `ctx` (created, empty, on first call). */
export function queryIndexOf(ctx: GraphState): QueryIndex {
  let q = indexes.get(ctx);
  if (!q) indexes.set(ctx, (q = new QueryIndex(ctx)));
  return q;
}
