/**
 * The graph version a served state was built from (the curated folder's graph-version file), carried
 * on the state object itself so that every way a query is answered — yoga, whose context copies the
 * state's fields, and the fast path, which runs on the state — reads the same number.
 */
import type { GraphState } from "../state/graph-state.ts";

/** `state` labelled with the folder's `graphVersion`. */
export function withGraphVersion(state: GraphState, graphVersion: number): GraphState {
  return Object.assign(state, { graphVersion });
}

/** The graph version of a state or a GraphQL context (0: not from a curated folder, e.g. a snapshot). */
export function graphVersionOf(context: GraphState): number {
  return "graphVersion" in context && typeof context.graphVersion === "number" ? context.graphVersion : 0;
}
