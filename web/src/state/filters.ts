/**
 * Persistent filters: entity types switched off in the legend, the zone in focus (only its tied
 * entities stay visible) and the neighbourhoods opened by double-click. Pure update functions; the
 * renderer turns them into `hidden` attributes.
 */
import { ENTITY_TYPE_IDS, type EntityType } from "@zonegraph/graph-data/ontology";

/** The filters in force. */
export interface FiltersState {
  /** Entity types switched off, in ontology order. */
  hiddenTypes: readonly EntityType[];
  /** The zone in focus, if any. */
  zoneId: string | null;
  /** Ids of the entities tied to the zone in focus, once loaded (null while loading or without a zone). */
  tiedIds: ReadonlySet<string> | null;
  /** Entities shown besides the zone's, because the user expanded a neighbour (double-click). */
  expandedIds: ReadonlySet<string>;
  /**
   * Whether the zone in focus hides what is not tied to it: true when the whole graph is drawn;
   * false in overview mode, where the drawn graph holds only the zone's view.
   */
  zoneHides: boolean;
}

/** No filter: everything visible. */
export const EMPTY_FILTERS: FiltersState = {
  hiddenTypes: [],
  zoneId: null,
  tiedIds: null,
  expandedIds: new Set(),
  zoneHides: true,
};

/** Switches an entity type on or off. */
export function toggleType(state: FiltersState, type: EntityType): FiltersState {
  const hidden = new Set(state.hiddenTypes);
  if (hidden.has(type)) hidden.delete(type);
  else hidden.add(type);
  return { ...state, hiddenTypes: ENTITY_TYPE_IDS.filter((t) => hidden.has(t)) };
}

/** Focuses a zone (or none); its tied entities are set later by `setTied`. */
export function focusZone(state: FiltersState, zoneId: string | null): FiltersState {
  if (state.zoneId === zoneId) return state;
  return { ...state, zoneId, tiedIds: null, expandedIds: new Set() };
}

/** Shows these entities too (a neighbourhood opened by double-click), whatever the zone in focus. */
export function expand(state: FiltersState, ids: Iterable<string>): FiltersState {
  const expandedIds = new Set([...state.expandedIds, ...ids]);
  return expandedIds.size === state.expandedIds.size ? state : { ...state, expandedIds };
}

/** Records the entities tied to the zone in focus (ignored if the focus moved on meanwhile). */
export function setTied(state: FiltersState, zoneId: string, ids: Iterable<string>): FiltersState {
  if (state.zoneId !== zoneId) return state;
  return { ...state, tiedIds: new Set([zoneId, ...ids]) };
}

/** Whether an entity is shown under these filters. */
export function isVisible(state: FiltersState, id: string, type: EntityType): boolean {
  if (state.hiddenTypes.includes(type)) return false;
  if (state.zoneId !== null && state.zoneHides) {
    if (state.expandedIds.has(id)) return true;
    // While the tied set loads, show the zone alone rather than everything.
    if (state.tiedIds === null) return id === state.zoneId;
    return state.tiedIds.has(id);
  }
  return true;
}
