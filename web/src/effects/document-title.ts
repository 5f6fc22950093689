/**
 * Document title: names the view on show — the zone, the selected entity, the path's two ends, or
 * the overview — then the product, in the interface language ("包头稀土高新区 · 园区图谱").
 */
import type { AppState } from "../state/app-state.ts";
import { viewTitle } from "../state/view-title.ts";
import type { Store } from "../state/store.ts";

/** Keeps the document's title in step with the state from now on; returns the function that stops it. */
export function syncDocumentTitle(
  store: Store<AppState>,
  nameOf: (id: string, lang: AppState["lang"]) => string,
): () => void {
  const write = (s: AppState) => {
    const title = viewTitle(s, (id) => nameOf(id, s.lang));
    if (document.title !== title) document.title = title;
  };
  write(store.get());
  return store.subscribe(write);
}
