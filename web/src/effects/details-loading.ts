/**
 * Details loading: when an entity is selected, its details (attributes, metrics, relations,
 * evidence) load into the state; an answer for an entity no longer selected is dropped. When the
 * server cannot be reached the details stay loading (the banner says why) and load again once it
 * answers.
 */
import type { Queries } from "../api/queries.ts";
import { isUnreachable } from "../api/unreachable.ts";
import * as A from "../state/producers.ts";
import { type AppState, type DetailsState } from "../state/app-state.ts";
import type { Store } from "../state/store.ts";

/** Loads the details the state asks for, now and from now on; returns the function that stops it. */
export function followDetails(store: Store<AppState>, queries: Pick<Queries, "entity">): () => void {
  const load = (details: DetailsState) => {
    if (details === null || !("loading" in details)) return;
    const id = details.id;
    queries.entity(id).then(
      (entity) => store.update(A.receiveDetails(id, entity)),
      (error: unknown) =>
        store.update(
          isUnreachable(error)
            ? A.serverUnreachable
            : A.detailsFailed(id, error instanceof Error ? error.message : String(error)),
        ),
    );
  };
  load(store.get().details);
  return store.subscribe((s, prev) => {
    if (s.details !== prev.details || (s.connection === "ok" && prev.connection === "down")) load(s.details);
  });
}
