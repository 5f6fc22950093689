/**
 * Zone arrangement: once the tied answer of the zone in focus is in the state (and whenever a
 * group is opened or closed), the canvas lays the zone out in rings and frames it. With the whole
 * graph drawn, the positions of the whole view are kept when a zone is focused and put back, with
 * the camera reset, when the focus ends.
 */
import type { Canvas } from "../render/canvas.ts";
import type { AppState } from "../state/app-state.ts";
import type { Store } from "../state/store.ts";

/** The key under which the canvas keeps the positions of the whole graph or of a zone's view. */
export const viewKey = (zoneId: string | null): string => (zoneId === null ? "full" : `zone:${zoneId}`);

/** Follows the zone in focus on the canvas from now on; returns the function that stops it. */
export function followZoneArrangement(
  store: Store<AppState>,
  canvas: Pick<
    Canvas,
    "graph" | "view" | "remember" | "recall" | "arrangeZone" | "clearRings" | "startLayout"
  >,
): () => void {
  return store.subscribe((s, prev) => {
    if (!canvas.graph()) return;
    const f = s.filters;
    const p = prev.filters;
    if (s.mode === "full" && f.zoneId !== p.zoneId && s.status.kind === "ready") {
      canvas.remember(viewKey(p.zoneId));
      canvas.recall(viewKey(f.zoneId));
      if (f.zoneId === null) {
        canvas.clearRings(s.lang);
        canvas.view()?.zoom("reset");
        // From where it was: a whole graph that had settled barely moves.
        canvas.startLayout();
      }
    }
    if (f.zoneId === null || f.tied === null) return;
    const zoneChanged = f.tied !== p.tied || f.openGroups !== p.openGroups;
    if (zoneChanged || s.lang !== prev.lang) canvas.arrangeZone(f, s.lang, zoneChanged);
  });
}
