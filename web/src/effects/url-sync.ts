/**
 * URL sync: the address bar's query string follows the shareable part of the state (entity, zone,
 * language, hidden types, path). Each change of view is a history entry, so Back and Forward move
 * between views: going back or forward restores the view its URL describes.
 */
import { toUrlState, type AppState } from "../state/app-state.ts";
import * as A from "../state/producers.ts";
import type { Store } from "../state/store.ts";
import { parseUrlState, serializeUrlState } from "../state/url-state.ts";

/** Keeps the URL and the history in step with the state from now on; returns the function that stops it. */
export function syncUrl(store: Store<AppState>): () => void {
  const write = (s: AppState, push: boolean) => {
    const query = serializeUrlState(toUrlState(s));
    if (query === location.search) return;
    const url = `${location.pathname}${query}`;
    if (push) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  };
  // The link the page opened on, written as the state reads it.
  write(store.get(), false);
  const onPop = () => store.update(A.applyUrl(parseUrlState(location.search)));
  window.addEventListener("popstate", onPop);
  const unsubscribe = store.subscribe((s) => write(s, true));
  return () => {
    unsubscribe();
    window.removeEventListener("popstate", onPop);
  };
}
