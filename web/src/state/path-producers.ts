/**
 * Producers of the path tool: its two ends, the request, the answer (highlighted on the canvas)
 * and clearing it.
 */
import type { PathResult } from "../api/api-types.ts";
import type { AppState } from "./app-state.ts";
import { showPath } from "./selection.ts";

/** Sets one end of the path tool; a changed end clears the old answer. */
export const setPathEnd =
  (end: "from" | "to", id: string | null) =>
  (s: AppState): AppState => ({
    ...s,
    pathTool: { ...s.pathTool, [end]: id, result: null },
    selection: showPath(s.selection, null),
  });

/** Records the path tool's answer and highlights it. */
export const receivePath =
  (result: PathResult | null | "loading") =>
  (s: AppState): AppState => {
    const path =
      result !== null && result !== "loading"
        ? { nodes: result.entities.map((e) => e.id), edges: result.relations.map((r) => r.id) }
        : null;
    return {
      ...s,
      pathTool: { ...s.pathTool, result: result ?? "none" },
      selection: showPath(s.selection, path),
    };
  };

/** Asks for the path between the two ends chosen (nothing happens until both are set). */
export const requestPath = (s: AppState): AppState =>
  s.pathTool.from === null || s.pathTool.to === null || s.pathTool.result === "loading"
    ? s
    : receivePath("loading")(s);

/** Clears the path tool. */
export const clearPath = (s: AppState): AppState =>
  s.pathTool.from === null &&
  s.pathTool.to === null &&
  s.pathTool.result === null &&
  s.selection.path === null
    ? s
    : { ...s, pathTool: { from: null, to: null, result: null }, selection: showPath(s.selection, null) };
