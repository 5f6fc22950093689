/**
 * The state of one search box: what was typed, the suggestions found for it (with keyboard
 * navigation from `suggestions.ts`), whether they are loading or failed, and whether Enter was
 * pressed before they arrived (then the first one is chosen on arrival).
 */
import type { SearchHitItem } from "../api/api-types.ts";
import { emptySuggestions, type SuggestionsState } from "./suggestions.ts";

/**
 * The search boxes of the explorer: the toolbar's, the path tool's two ends, and "lookup": the
 * suggestions offered for an entity or zone a link names that does not exist.
 */
export type SearchBoxId = "search" | "path-from" | "path-to" | "lookup";

/** Every search box id. */
export const SEARCH_BOX_IDS: readonly SearchBoxId[] = ["search", "path-from", "path-to", "lookup"];

/** One box: the query typed, its suggestions and their loading status. */
export interface SuggestionBox {
  /** The text typed, trimmed (the suggestions answer this query). */
  query: string;
  list: SuggestionsState<SearchHitItem>;
  /** idle: nothing to load; loading: asked; ready: `list` answers `query`; failed: the search failed. */
  status: "idle" | "loading" | "ready" | "failed";
  /** Enter was pressed before the answer: choose its first suggestion when it arrives. */
  chooseFirst: boolean;
}

/** The boxes by id. */
export type SuggestionBoxes = Readonly<Record<SearchBoxId, SuggestionBox>>;

/** A box with nothing typed. */
export const EMPTY_BOX: SuggestionBox = {
  query: "",
  list: emptySuggestions(),
  status: "idle",
  chooseFirst: false,
};

/** Every box empty. */
export const EMPTY_BOXES: SuggestionBoxes = {
  search: EMPTY_BOX,
  "path-from": EMPTY_BOX,
  "path-to": EMPTY_BOX,
  lookup: EMPTY_BOX,
};
