/**
 * Producers of the search boxes' suggestions: typing sets the query (an effect loads its
 * suggestions), an answer for a query no longer typed is dropped, the arrows move the active
 * suggestion, Escape or a choice closes the list, and Enter typed before the answer asks for its first.
 */
import type { SearchHitItem } from "../api/api-types.ts";
import type { AppState } from "./app-state.ts";
import { EMPTY_BOX, type SearchBoxId, type SuggestionBox } from "./suggestion-box.ts";
import { close, moveActive, setItems } from "./suggestions.ts";

const withBox = (s: AppState, id: SearchBoxId, box: SuggestionBox): AppState =>
  box === s.suggestions[id] ? s : { ...s, suggestions: { ...s.suggestions, [id]: box } };

/** The user typed `text` in a box: its suggestions load (none for blank text). */
export const typeQuery =
  (id: SearchBoxId, text: string) =>
  (s: AppState): AppState => {
    const query = text.trim();
    const box = s.suggestions[id];
    if (query === box.query) return s;
    if (query === "") return withBox(s, id, EMPTY_BOX);
    return withBox(s, id, { ...box, query, status: "loading", chooseFirst: false });
  };

/** The suggestions for `query` arrived (dropped if the box's text changed meanwhile). */
export const receiveSuggestions =
  (id: SearchBoxId, query: string, items: readonly SearchHitItem[]) =>
  (s: AppState): AppState => {
    const box = s.suggestions[id];
    if (box.query !== query || box.status !== "loading") return s;
    // With nothing to choose, an early Enter is dropped and the list says there is no match.
    const chooseFirst = box.chooseFirst && items.length > 0;
    return withBox(s, id, { ...box, status: "ready", chooseFirst, list: setItems(box.list, items) });
  };

/** The search for `query` failed (dropped if the box's text changed meanwhile). */
export const suggestionsFailed =
  (id: SearchBoxId, query: string) =>
  (s: AppState): AppState => {
    const box = s.suggestions[id];
    if (box.query !== query || box.status !== "loading") return s;
    return withBox(s, id, {
      ...box,
      status: "failed",
      chooseFirst: false,
      list: close(setItems(box.list, [])),
    });
  };

/** Moves the active suggestion by delta (+1 down, -1 up), wrapping around. */
export const moveSuggestion =
  (id: SearchBoxId, delta: number) =>
  (s: AppState): AppState => {
    const box = s.suggestions[id];
    const list = moveActive(box.list, delta);
    return list === box.list ? s : withBox(s, id, { ...box, list });
  };

/** Closes the list of a box (Escape, leaving the box, or a choice). */
export const closeSuggestions =
  (id: SearchBoxId) =>
  (s: AppState): AppState => {
    const box = s.suggestions[id];
    if (!box.list.open && !box.chooseFirst) return s;
    return withBox(s, id, { ...box, list: close(box.list), chooseFirst: false });
  };

/** Enter before the suggestions of the text typed arrived: choose the first one when they do. */
export const chooseFirstWhenLoaded =
  (id: SearchBoxId) =>
  (s: AppState): AppState => {
    const box = s.suggestions[id];
    return box.status !== "loading" || box.chooseFirst ? s : withBox(s, id, { ...box, chooseFirst: true });
  };

/** A suggestion was chosen: the box shows its name and closes. */
export const suggestionChosen =
  (id: SearchBoxId, label: string) =>
  (s: AppState): AppState => {
    const box = s.suggestions[id];
    return withBox(s, id, {
      ...box,
      query: label,
      status: box.status === "loading" ? "idle" : box.status,
      list: close(box.list),
      chooseFirst: false,
    });
  };
