/**
 * The explorer's whole state: language, loading status, whole graph or overview, filters,
 * selection, the details of the selected entity, layout, the tied answer of the zone in focus, what
 * the view leaves out, the path tool and the search boxes' suggestions. This module holds the model
 * and the state a link opens; every change goes through a named producer of `producers.ts`.
 */
import type { EntityDetails, PathResult, TiedResult } from "../api/api-types.ts";

/**
 * The path tool's answer: the paths found (shortest first) and which one is on show; "none" when
 * the two ends are not connected; `missing` when an end names no entity.
 */
export type PathAnswer =
  { paths: readonly PathResult[]; shown: number } | "none" | { missing: readonly ("from" | "to")[] };
import { EMPTY_FILTERS, type FiltersState } from "./filters.ts";
import type { Lang } from "./i18n.ts";
import { EMPTY_SELECTION, type SelectionState } from "./selection.ts";
import { EMPTY_BOXES, type SuggestionBoxes } from "./suggestion-box.ts";
import type { Truncation } from "./truncation.ts";
import type { UrlState } from "./url-state.ts";

/** Whether the graph is loading, ready, or failed (with why). */
export type LoadStatus =
  | { kind: "loading" }
  | { kind: "ready"; empty: boolean }
  | { kind: "error"; network: boolean; message: string };

/** The whole graph drawn at once, or (large graphs) the zone overview and one zone at a time. */
export type GraphMode = "full" | "overview";

/** The two ends chosen in the path tool, how many paths to find (1–5), and the answer. */
export interface PathToolState {
  from: string | null;
  to: string | null;
  k: number;
  result: PathAnswer | null | "loading";
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
  /** The suggestions of each search box (the toolbar's and the path tool's two). */
  suggestions: SuggestionBoxes;
  /** Whether the server answers; "down" after a request could not reach it, until it answers again. */
  connection: "ok" | "down";
}

/** Paths the tool finds unless asked otherwise. */
export const DEFAULT_PATHS = 3;

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
    pathTool: { from: url.pathFrom, to: url.pathTo, k: DEFAULT_PATHS, result: null },
    truncation: [],
    loadingMore: false,
    suggestions: EMPTY_BOXES,
    connection: "ok",
  };
}

/** The shareable part of the state. */
export function toUrlState(state: AppState): UrlState {
  return {
    entity: state.selection.selected,
    zone: state.filters.zoneId,
    lang: state.lang,
    hiddenTypes: state.filters.hiddenTypes,
    // Both ends, once asked for: a shared link opens the same paths (or says an end is not found).
    pathFrom: state.pathTool.result !== null ? state.pathTool.from : null,
    pathTo: state.pathTool.result !== null ? state.pathTool.to : null,
  };
}
