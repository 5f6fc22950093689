/**
 * Path loading: when the path tool asks for paths, up to k shortest paths between its two ends load
 * into the state with the ends themselves (an end that names no entity is said to be missing); an
 * answer for ends no longer chosen, or after the tool was cleared, is dropped. With paths found,
 * the camera frames the one on show. While the server cannot be reached the request waits, and is
 * made again once it answers.
 */
import type { Queries } from "../api/queries.ts";
import { isUnreachable } from "../api/unreachable.ts";
import type { AppState } from "../state/app-state.ts";
import * as A from "../state/producers.ts";
import type { Store } from "../state/store.ts";

/** Loads the paths the state asks for from now on; `frame` moves the camera onto entities; returns the function that stops it. */
export function followPath(
  store: Store<AppState>,
  queries: Pick<Queries, "shortestPaths">,
  frame: (ids: readonly string[]) => void = () => undefined,
): () => void {
  return store.subscribe((s, prev) => {
    const { from, to, k, result } = s.pathTool;
    if (s.selection.path !== prev.selection.path && s.selection.path !== null) frame(s.selection.path.nodes);
    const back = s.connection === "ok" && prev.connection === "down";
    if (result !== "loading" || (prev.pathTool.result === "loading" && !back) || from === null || to === null)
      return;
    const current = () => {
      const now = store.get().pathTool;
      return now.from === from && now.to === to && now.k === k && now.result === "loading";
    };
    queries.shortestPaths(from, to, k).then(
      (answer) => {
        if (current()) store.update(A.receivePaths(answer));
      },
      (error: unknown) => {
        // Unreachable: the request waits for the server (asked again once it is back).
        if (isUnreachable(error)) store.update(A.serverUnreachable);
        else if (current()) store.update(A.pathFailed);
      },
    );
  });
}
