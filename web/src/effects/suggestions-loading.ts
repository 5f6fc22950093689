/**
 * Suggestions loading: when the text of a search box changes, its suggestions load after a short
 * pause in typing (at once when Enter asks for them); an answer for text no longer typed is
 * dropped. When Enter came first, the first suggestion is chosen as soon as it arrives. A search
 * that cannot reach the server waits for it and runs again once it is back.
 */
import type { SearchHitItem } from "../api/api-types.ts";
import type { Queries } from "../api/queries.ts";
import { isUnreachable } from "../api/unreachable.ts";
import type { AppState } from "../state/app-state.ts";
import * as A from "../state/producers.ts";
import type { Store } from "../state/store.ts";
import { SEARCH_BOX_IDS, type SearchBoxId } from "../state/suggestion-box.ts";

/** Delay between the last keystroke and the query. */
export const DEBOUNCE_MS = 120;

/** How many suggestions each box shows. */
export const SUGGESTION_COUNT: Readonly<Record<SearchBoxId, number>> = {
  search: 10,
  "path-from": 8,
  "path-to": 8,
  lookup: 5,
};

/** Loads the suggestions the boxes ask for from now on; `onChosen` hears a first suggestion chosen by an early Enter. */
export function followSuggestions(
  store: Store<AppState>,
  queries: Pick<Queries, "search">,
  onChosen: (box: SearchBoxId, hit: SearchHitItem) => void,
  delayMs = DEBOUNCE_MS,
): () => void {
  const timers = new Map<SearchBoxId, ReturnType<typeof setTimeout>>();

  const load = (id: SearchBoxId, query: string) => {
    timers.delete(id);
    queries.search(query, SUGGESTION_COUNT[id]).then(
      (items) => {
        store.update(A.receiveSuggestions(id, query, items));
        const box = store.get().suggestions[id];
        const first = box.list.items[0];
        if (box.query === query && box.chooseFirst && box.status === "ready" && first) onChosen(id, first);
      },
      (error: unknown) =>
        // Unreachable: the box waits (the banner says why) and searches again once the server is back.
        store.update(isUnreachable(error) ? A.serverUnreachable : A.suggestionsFailed(id, query)),
    );
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.connection === "ok" && prev.connection === "down")
      for (const id of SEARCH_BOX_IDS) {
        const box = s.suggestions[id];
        if (box.status === "loading" && !timers.has(id)) load(id, box.query);
      }
    if (s.suggestions === prev.suggestions) return;
    for (const id of SEARCH_BOX_IDS) {
      const box = s.suggestions[id];
      const before = prev.suggestions[id];
      if (box === before) continue;
      const queryChanged = box.query !== before.query;
      if (queryChanged || box.status !== "loading") {
        clearTimeout(timers.get(id));
        timers.delete(id);
      }
      if (box.status !== "loading") continue;
      const query = box.query;
      if (box.chooseFirst && (timers.has(id) || queryChanged)) {
        // Enter typed faster than the pause: search now.
        clearTimeout(timers.get(id));
        load(id, query);
      } else if (queryChanged) {
        timers.set(
          id,
          setTimeout(() => load(id, query), delayMs),
        );
      }
    }
  });
  return () => {
    unsubscribe();
    for (const timer of timers.values()) clearTimeout(timer);
  };
}
