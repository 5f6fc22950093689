/**
 * The explorer's whole state: language, loading status, whole graph or overview, filters,
 * selection, layout, the tied answer of the zone in focus, what the view leaves out and the path
 * tool. Update functions here compose the pure modules.
 */
import type { EntityType } from "@zonegraph/graph-data/ontology";
import type { PathResult, TiedResult } from "../api/api-types.ts";
import { EMPTY_FILTERS, expand, focusZone, setTied, toggleType, type FiltersState } from "./filters.ts";
import type { Lang } from "./i18n.ts";
import { EMPTY_SELECTION, select, showPath, type SelectionState } from "./selection.ts";
import { clearTruncations, noteTruncation, type Truncation, type TruncationKind } from "./truncation.ts";
import type { UrlState } from "./url-state.ts";

/** Whether the graph is loading, ready, or failed (with why). */
export type LoadStatus =
  | { kind: "loading" }
  | { kind: "ready"; empty: boolean }
  | { kind: "error"; network: boolean; message: string };

/** The whole graph drawn at once, or (large graphs) the zone overview and one zone at a time. */
export type GraphMode = "full" | "overview";

/** The two ends chosen in the path tool and the answer. */
export interface PathToolState {
  from: string | null;
  to: string | null;
  result: PathResult | null | "none" | "loading";
}

/** Everything the explorer shows. */
export interface AppState {
  lang: Lang;
  status: LoadStatus;
  mode: GraphMode;
  filters: FiltersState;
  selection: SelectionState;
  layoutRunning: boolean;
  /** The tied answer of the zone in focus; `failed`: the server's reason it could not be loaded. */
  tied: TiedResult | "loading" | { zoneId: string; failed: string } | null;
  pathTool: PathToolState;
  /** What the view leaves out ("showing N of M"). */
  truncation: readonly Truncation[];
  /** True while more of a truncated view loads. */
  loadingMore: boolean;
}

/** The state before anything loads, from the URL. */
export function initialAppState(url: UrlState): AppState {
  return {
    lang: url.lang,
    status: { kind: "loading" },
    mode: "full",
    filters: { ...EMPTY_FILTERS, hiddenTypes: url.hiddenTypes, zoneId: url.zone },
    selection: { ...EMPTY_SELECTION, selected: url.entity },
    layoutRunning: false,
    tied: url.zone === null ? null : "loading",
    pathTool: { from: url.pathFrom, to: url.pathTo, result: null },
    truncation: [],
    loadingMore: false,
  };
}

/** The shareable part of the state. */
export function toUrlState(state: AppState): UrlState {
  return {
    entity: state.selection.selected,
    zone: state.filters.zoneId,
    lang: state.lang,
    hiddenTypes: state.filters.hiddenTypes,
    pathFrom:
      state.pathTool.result !== null && state.pathTool.result !== "loading" ? state.pathTool.from : null,
    pathTo: state.pathTool.result !== null && state.pathTool.result !== "loading" ? state.pathTool.to : null,
  };
}

/** Switches the language. */
export const setLang =
  (lang: Lang) =>
  (s: AppState): AppState =>
    s.lang === lang ? s : { ...s, lang };

/** Selects an entity (null clears). */
export const selectEntity =
  (id: string | null) =>
  (s: AppState): AppState => {
    const selection = select(s.selection, id);
    return selection === s.selection ? s : { ...s, selection };
  };

/** Switches an entity type on or off. */
export const toggleEntityType =
  (type: EntityType) =>
  (s: AppState): AppState => ({ ...s, filters: toggleType(s.filters, type) });

/** Sets what the explorer draws: the whole graph or the overview. */
export const setMode =
  (mode: GraphMode) =>
  (s: AppState): AppState =>
    s.mode === mode ? s : { ...s, mode, filters: { ...s.filters, zoneHides: mode === "full" } };

/** Focuses a zone (null: show everything); its tied entities load next. */
export const focusOnZone =
  (zoneId: string | null) =>
  (s: AppState): AppState => {
    if (s.filters.zoneId === zoneId) return s;
    return {
      ...s,
      filters: focusZone(s.filters, zoneId),
      tied: zoneId === null ? null : "loading",
      truncation: clearTruncations(s.truncation, ["tied", "neighbors"]),
      loadingMore: false,
    };
  };

/** Shows the neighbourhood a double-click opened. */
export const expandNeighbors =
  (ids: Iterable<string>) =>
  (s: AppState): AppState => {
    const filters = expand(s.filters, ids);
    return filters === s.filters ? s : { ...s, filters };
  };

/** Records that the view shows `shown` of `total` things of a kind. */
export const truncate =
  (kind: TruncationKind, shown: number, total: number) =>
  (s: AppState): AppState => {
    const truncation = noteTruncation(s.truncation, kind, shown, total);
    return truncation === s.truncation ? s : { ...s, truncation };
  };

/** Marks the loading of more of a truncated view as started or done. */
export const setLoadingMore =
  (loadingMore: boolean) =>
  (s: AppState): AppState =>
    s.loadingMore === loadingMore ? s : { ...s, loadingMore };

/** Records the tied answer for a zone (ignored if the focus moved on). */
export const receiveTied =
  (result: TiedResult) =>
  (s: AppState): AppState => {
    if (s.filters.zoneId !== result.zoneId) return s;
    return {
      ...s,
      tied: result,
      filters: setTied(
        s.filters,
        result.zoneId,
        result.items.map((i) => i.entity.id),
      ),
    };
  };

/**
 * Records that the tied entities of a zone could not be loaded (e.g. a link naming an unknown
 * zone), with the reason; the view then shows none of them (ignored if the focus moved on).
 */
export const tiedFailed =
  (zoneId: string, reason: string) =>
  (s: AppState): AppState => {
    if (s.filters.zoneId !== zoneId) return s;
    return { ...s, tied: { zoneId, failed: reason }, filters: setTied(s.filters, zoneId, []) };
  };

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

/** Clears the path tool. */
export const clearPath = (s: AppState): AppState => ({
  ...s,
  pathTool: { from: null, to: null, result: null },
  selection: showPath(s.selection, null),
});
