/**
 * Producers of hover and selection: select (its details load next), hover, and "reveal and
 * select" for an entity chosen in a panel or search, which makes it visible first.
 */
import type { EntityType } from "@zonegraph/graph-data/ontology";
import type { AppState } from "./app-state.ts";
import { toggleEntityType } from "./filter-producers.ts";
import { isVisible } from "./filters.ts";
import { hover, hoverEdge, select } from "./selection.ts";
import { focusOnZone } from "./zone-producers.ts";

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

/** Sets the hovered relation (null when the pointer leaves it). */
export const hoverRelation =
  (id: string | null) =>
  (s: AppState): AppState => {
    const selection = hoverEdge(s.selection, id);
    return selection === s.selection ? s : { ...s, selection };
  };

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
