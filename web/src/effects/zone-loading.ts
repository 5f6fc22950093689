/**
 * Zone loading: when the zone in focus changes (once the graph is ready), its tied entities load.
 * With the whole graph drawn, only the tied answer is needed (the filters do the rest); in overview
 * mode the view loader draws the zone's own view, or the overview again when the focus ends. An
 * answer the server could not be reached for loads again once it is back.
 */
import type { Queries } from "../api/queries.ts";
import { isUnreachable } from "../api/unreachable.ts";
import * as A from "../state/producers.ts";
import { type AppState } from "../state/app-state.ts";
import type { Store } from "../state/store.ts";
import type { ViewLoader } from "../view-loader.ts";

/** Loads the whole tied answer of a zone into the state, or the reason it could not be loaded. */
export async function loadTiedAnswer(
  store: Store<AppState>,
  queries: Pick<Queries, "tied">,
  zoneId: string,
): Promise<void> {
  try {
    store.update(A.receiveTied(await queries.tied(zoneId)));
  } catch (error) {
    // Unreachable: the answer stays loading and is asked again once the server is back.
    if (isUnreachable(error)) store.update(A.serverUnreachable);
    else store.update(A.tiedFailed(zoneId, error instanceof Error ? error.message : String(error)));
  }
}

/** Follows the zone in focus from now on; returns the function that stops it. */
export function followZone(
  store: Store<AppState>,
  loader: Pick<ViewLoader, "showOverview" | "showZone">,
  queries: Pick<Queries, "tied">,
): () => void {
  return store.subscribe((s, prev) => {
    const zoneId = s.filters.zoneId;
    const back = s.connection === "ok" && prev.connection === "down" && s.tied === "loading";
    if ((zoneId === prev.filters.zoneId && !back) || s.status.kind !== "ready") return;
    if (s.mode === "overview") void (zoneId === null ? loader.showOverview() : loader.showZone(zoneId));
    else if (zoneId !== null) void loadTiedAnswer(store, queries, zoneId);
  });
}
