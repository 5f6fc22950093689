/**
 * The explorer's whole state: language, loading status, whole graph or overview, filters,
 * selection, the details of the selected entity, layout, the tied answer of the zone in focus, what
 * the view leaves out, the path tool and the search boxes' suggestions. This module holds the model
 * and the state a link opens; every change goes through a named producer of `producers.ts`.
 */
import type { EntityDetails, PathResult, TiedResult } from "../api/api-types.ts";
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
  /** The suggestions of each search box (the toolbar's and the path tool's two). */
  suggestions: SuggestionBoxes;
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
    suggestions: EMPTY_BOXES,
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
