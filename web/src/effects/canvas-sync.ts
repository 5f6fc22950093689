/**
 * Canvas sync: the drawn graph follows the state. Labels follow the language, the `hidden`
 * attribute the filters, sigma's reducers the selection. (A zone's view is arranged and framed by
 * effects/zone-arrangement.)
 */
import type { Canvas } from "../render/canvas.ts";
import { applyFilters, applyLabels } from "../render/graph-model.ts";
import type { AppState } from "../state/app-state.ts";
import type { Store } from "../state/store.ts";

/** Keeps the canvas in step with the state; returns the function that stops it. */
export function syncCanvas(store: Store<AppState>, canvas: Pick<Canvas, "graph" | "view">): () => void {
  return store.subscribe((s, prev) => {
    const graph = canvas.graph();
    const view = canvas.view();
    if (graph && s.lang !== prev.lang) applyLabels(graph, s.lang);
    if (graph && s.filters !== prev.filters) applyFilters(graph, s.filters);
    if (s.selection !== prev.selection || s.filters !== prev.filters) view?.setSelection(s.selection);
  });
}
