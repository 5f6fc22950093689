/**
 * The explorer's whole state: language, loading status, whole graph or overview, filters,
 * selection, the details of the selected entity, layout, the tied answer of the zone in focus, what
 * the view leaves out and the path tool. Every change goes through a named producer here (state →
 * state, the same state when nothing changes); they compose the pure modules.
 */
import type { EntityType } from "@zonegraph/graph-data/ontology";
import type { EntityDetails, PathResult, TiedResult } from "../api/api-types.ts";
import {
  EMPTY_FILTERS,
  expand,
  focusZone,
  isVisible,
  setTied,
  toggleType,
  type FiltersState,
} from "./filters.ts";
import type { Lang } from "./i18n.ts";
import { EMPTY_SELECTION, hover, select, showPath, type SelectionState } from "./selection.ts";
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

/**
 * The details of the selected entity: loading, loaded (null: the server knows no such entity), or
 * failed with the reason; null when nothing is selected.
 */
export type DetailsState =
  | { id: string; loading: true }
  | { id: string; entity: EntityDetails | null }
  | { id: string; failed: string }
  | null;

/** Everything the explorer shows. */
export interface AppState {
  lang: Lang;
  status: LoadStatus;
  mode: GraphMode;
  filters: FiltersState;
  selection: SelectionState;
  /** The details of the selected entity (`selection.selected`). */
  details: DetailsState;
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
    details: url.entity === null ? null : { id: url.entity, loading: true },
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

/** Selects an entity (null clears); its details load next. */
export const selectEntity =
  (id: string | null) =>
  (s: AppState): AppState => {
    const selection = select(s.selection, id);
    if (selection === s.selection) return s;
    return { ...s, selection, details: id === null ? null : { id, loading: true } };
  };

/** Sets the hovered entity (null when the pointer leaves it). */
export const hoverEntity =
  (id: string | null) =>
  (s: AppState): AppState => {
    const selection = hover(s.selection, id);
    return selection === s.selection ? s : { ...s, selection };
  };

/** Records the details of an entity (ignored if the selection moved on). */
export const receiveDetails =
  (id: string, entity: EntityDetails | null) =>
  (s: AppState): AppState =>
    s.details !== null && s.details.id === id && "loading" in s.details
      ? { ...s, details: { id, entity } }
      : s;

/** Records why the details of an entity could not be loaded (ignored if the selection moved on). */
export const detailsFailed =
  (id: string, reason: string) =>
  (s: AppState): AppState =>
    s.details !== null && s.details.id === id && "loading" in s.details
      ? { ...s, details: { id, failed: reason } }
      : s;

/**
 * Selects an entity chosen in a panel or search and makes it visible: on the overview, a zone not
 * drawn opens its own view (anything else not drawn shows its details only); otherwise a hidden
 * type is switched back on, and a zone focus that hides the entity is cleared.
 */
export const revealAndSelect =
  (id: string, type: EntityType | null, drawn: boolean) =>
  (s: AppState): AppState => {
    let next = s;
    if (s.mode === "overview" && !drawn) {
      if (type === "ZONE") next = focusOnZone(id)(next);
    } else if (type !== null && !isVisible(next.filters, id, type)) {
      if (next.filters.hiddenTypes.includes(type)) next = toggleEntityType(type)(next);
      if (!isVisible(next.filters, id, type)) next = focusOnZone(null)(next);
    }
    return selectEntity(id)(next);
  };

/** Marks the layout as running or stopped. */
export const setLayoutRunning =
  (running: boolean) =>
  (s: AppState): AppState =>
    s.layoutRunning === running ? s : { ...s, layoutRunning: running };

/** The graph (re)loads from the start. */
export const startLoading = (s: AppState): AppState =>
  s.status.kind === "loading" ? s : { ...s, status: { kind: "loading" } };

/** The graph could not be loaded: `network` when the server could not be reached. */
export const loadFailed =
  (network: boolean, message: string) =>
  (s: AppState): AppState => ({ ...s, status: { kind: "error", network, message } });

/** The graph is loaded and drawn in a mode; `empty` when it has no entities. */
export const graphReady =
  (mode: GraphMode, empty: boolean) =>
  (s: AppState): AppState => ({ ...setMode(mode)(s), status: { kind: "ready", empty } });

/** Forgets the overview's cuts (zones, links) when a zone's view replaces it. */
export const clearOverviewCuts = (s: AppState): AppState => {
  const truncation = clearTruncations(s.truncation, ["zones", "links"]);
  return truncation === s.truncation ? s : { ...s, truncation };
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

/** Asks for the path between the two ends chosen (nothing happens until both are set). */
export const requestPath = (s: AppState): AppState =>
  s.pathTool.from === null || s.pathTool.to === null || s.pathTool.result === "loading"
    ? s
    : receivePath("loading")(s);

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
export const clearPath = (s: AppState): AppState =>
  s.pathTool.from === null &&
  s.pathTool.to === null &&
  s.pathTool.result === null &&
  s.selection.path === null
    ? s
    : { ...s, pathTool: { from: null, to: null, result: null }, selection: showPath(s.selection, null) };
