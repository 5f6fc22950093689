/**
 * Producers of the load status and the drawing mode: loading, failed (network or server), ready in
 * the whole-graph or overview mode, and whether the layout runs.
 */
import type { AppState, GraphMode } from "./app-state.ts";

/** The graph (re)loads from the start. */
export const startLoading = (s: AppState): AppState =>
  s.status.kind === "loading" ? s : { ...s, status: { kind: "loading" } };

/** The graph could not be loaded: `network` when the server could not be reached. */
export const loadFailed =
  (network: boolean, message: string) =>
  (s: AppState): AppState => ({ ...s, status: { kind: "error", network, message } });

/** Sets what the explorer draws: the whole graph or the overview. */
export const setMode =
  (mode: GraphMode) =>
  (s: AppState): AppState =>
    s.mode === mode ? s : { ...s, mode, filters: { ...s.filters, zoneHides: mode === "full" } };

/** The graph is loaded and drawn in a mode; `empty` when it has no entities. */
export const graphReady =
  (mode: GraphMode, empty: boolean) =>
  (s: AppState): AppState => ({ ...setMode(mode)(s), status: { kind: "ready", empty } });

/** Marks the layout as running or stopped. */
export const setLayoutRunning =
  (running: boolean) =>
  (s: AppState): AppState =>
    s.layoutRunning === running ? s : { ...s, layoutRunning: running };
