/**
 * Producers of the path tool: its two ends, how many paths, the request, the answer (the path on
 * show highlighted on the canvas), which path to show, and clearing it.
 */
import type { PathsAnswer } from "../api/api-types.ts";
import type { AppState, PathAnswer } from "./app-state.ts";
import { showPath } from "./selection.ts";
import { typeQuery } from "./suggestion-producers.ts";

const highlight = (answer: PathAnswer | null | "loading") => {
  if (answer === null || answer === "loading" || answer === "none" || "missing" in answer) return null;
  const path = answer.paths[answer.shown];
  return path ? { nodes: path.entities.map((e) => e.id), edges: path.relations.map((r) => r.id) } : null;
};

const withResult = (s: AppState, result: PathAnswer | null | "loading"): AppState => ({
  ...s,
  pathTool: { ...s.pathTool, result },
  selection: showPath(s.selection, highlight(result)),
});

/** Sets one end of the path tool; a changed end clears the old answer. */
export const setPathEnd =
  (end: "from" | "to", id: string | null) =>
  (s: AppState): AppState =>
    withResult({ ...s, pathTool: { ...s.pathTool, [end]: id } }, null);

/** Sets how many paths to find (1–5); an answer already there is asked again. */
export const setPathCount =
  (k: number) =>
  (s: AppState): AppState => {
    const count = Math.min(5, Math.max(1, Math.round(k)));
    if (count === s.pathTool.k) return s;
    const next = { ...s, pathTool: { ...s.pathTool, k: count } };
    return s.pathTool.result === null ? next : requestPath(withResult(next, null));
  };

/** Records the answer to a path request: the paths (the shortest on show), none, or the ends not found. */
export const receivePaths =
  (answer: PathsAnswer) =>
  (s: AppState): AppState => {
    const missing = [...(answer.from ? [] : ["from" as const]), ...(answer.to ? [] : ["to" as const])];
    const result: PathAnswer =
      missing.length > 0
        ? { missing }
        : answer.paths.length === 0
          ? "none"
          : { paths: answer.paths, shown: 0 };
    // An end not found: its box searches for what it named, suggesting entities to choose instead.
    let next = withResult(s, result);
    for (const end of missing)
      next = typeQuery(end === "from" ? "path-from" : "path-to", s.pathTool[end] ?? "")(next);
    return next;
  };

/** Shows the i-th path found. */
export const showPathNumber =
  (i: number) =>
  (s: AppState): AppState => {
    const r = s.pathTool.result;
    if (r === null || r === "loading" || r === "none" || "missing" in r || !r.paths[i] || r.shown === i)
      return s;
    return withResult(s, { paths: r.paths, shown: i });
  };

/** Asks for the paths between the two ends chosen (nothing happens until both are set). */
export const requestPath = (s: AppState): AppState =>
  s.pathTool.from === null || s.pathTool.to === null || s.pathTool.result === "loading"
    ? s
    : withResult(s, "loading");

/** The path request failed: the tool says nothing more (the banner says why). */
export const pathFailed = (s: AppState): AppState =>
  s.pathTool.result === "loading" ? withResult(s, null) : s;

/** Clears the path tool. */
export const clearPath = (s: AppState): AppState =>
  s.pathTool.from === null &&
  s.pathTool.to === null &&
  s.pathTool.result === null &&
  s.selection.path === null
    ? s
    : {
        ...s,
        pathTool: { ...s.pathTool, from: null, to: null, result: null },
        selection: showPath(s.selection, null),
      };
