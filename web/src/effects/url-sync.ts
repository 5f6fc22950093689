/**
 * URL sync: the address bar's query string follows the shareable part of the state (entity, zone,
 * language, hidden types, path), replaced in place so that a link always opens the view on screen.
 */
import { toUrlState, type AppState } from "../state/app-state.ts";
import type { Store } from "../state/store.ts";
import { serializeUrlState } from "../state/url-state.ts";

/** Keeps the URL in step with the state from now on; returns the function that stops it. */
export function syncUrl(store: Store<AppState>): () => void {
  const write = (s: AppState) => {
    const query = serializeUrlState(toUrlState(s));
    if (query !== location.search) history.replaceState(null, "", `${location.pathname}${query}`);
  };
  write(store.get());
  return store.subscribe(write);
}
