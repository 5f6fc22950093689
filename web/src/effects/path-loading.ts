/**
 * Path loading: when the path tool asks for a path, the shortest path between its two ends loads
 * into the state ("none" when there is none or the query fails); an answer for ends no longer
 * chosen, or after the tool was cleared, is dropped.
 */
import type { Queries } from "../api/queries.ts";
import * as A from "../state/producers.ts";
import { type AppState } from "../state/app-state.ts";
import type { Store } from "../state/store.ts";

/** Loads the paths the state asks for from now on; returns the function that stops it. */
export function followPath(store: Store<AppState>, queries: Pick<Queries, "shortestPath">): () => void {
  return store.subscribe((s, prev) => {
    const { from, to, result } = s.pathTool;
    if (result !== "loading" || prev.pathTool.result === "loading" || from === null || to === null) return;
    void queries
      .shortestPath(from, to)
      .catch(() => null)
      .then((path) => {
        const now = store.get().pathTool;
        if (now.from === from && now.to === to && now.result === "loading") store.update(A.receivePath(path));
      });
  });
}
