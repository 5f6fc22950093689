/**
 * Keyboard navigation of the search suggestions: arrows move the active item (wrapping), Enter
 * chooses it (or the first one), Escape closes the list.
 */

/** The list of suggestions and which one is active (-1: none). */
export interface SuggestionsState<T> {
  items: readonly T[];
  active: number;
  open: boolean;
}

/** A closed, empty list. */
export function emptySuggestions<T>(): SuggestionsState<T> {
  return { items: [], active: -1, open: false };
}

/** New results arrived: open the list with nothing active. */
export function setItems<T>(state: SuggestionsState<T>, items: readonly T[]): SuggestionsState<T> {
  return { items, active: -1, open: true };
}

/** Moves the active item by delta (+1 down, -1 up), wrapping around. */
export function moveActive<T>(state: SuggestionsState<T>, delta: number): SuggestionsState<T> {
  const n = state.items.length;
  if (n === 0) return state;
  const start = state.active === -1 ? (delta > 0 ? -1 : n) : state.active;
  return { ...state, open: true, active: (((start + delta) % n) + n) % n };
}

/** The item Enter chooses: the active one, else the first. */
export function chosen<T>(state: SuggestionsState<T>): T | undefined {
  return state.items[state.active === -1 ? 0 : state.active];
}

/** Closes the list (Escape, or after choosing). */
export function close<T>(state: SuggestionsState<T>): SuggestionsState<T> {
  return { ...state, open: false, active: -1 };
}
