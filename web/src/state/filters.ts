/**
 * Persistent filters: entity types switched off in the legend, the zone in focus (only its tied
 * entities stay visible) with its filters by hops, role, relation type and stated/inferred, the
 * groups of its view the user opened, and the neighbourhoods opened by double-click. Pure update
 * functions; the renderer turns them into `hidden` attributes.
 */
import {
  ENTITY_TYPE_IDS,
  RELATION_TYPE_IDS,
  type EntityType,
  type RelationType,
} from "@zonegraph/graph-data/ontology";
import { groupKey, isCollapsed, zoneGroups, type TieInfo, type TieRole } from "./zone-groups.ts";

/** Which relations to show: all, only those the text states, or only inferred ones. */
export type RelationKind = "all" | "stated" | "inferred";

/** The filters in force. */
export interface FiltersState {
  /** Entity types switched off, in ontology order. */
  hiddenTypes: readonly EntityType[];
  /** The zone in focus, if any. */
  zoneId: string | null;
  /** Ids of the entities tied to the zone in focus, once loaded (null while loading or without a zone). */
  tiedIds: ReadonlySet<string> | null;
  /** Role, hops and type of each entity tied to the zone in focus, once loaded. */
  tied: ReadonlyMap<string, TieInfo> | null;
  /** Entities shown besides the zone's, because the user expanded a neighbour (double-click). */
  expandedIds: ReadonlySet<string>;
  /**
   * Whether the zone in focus hides what is not tied to it: true when the whole graph is drawn;
   * false in overview mode, where the drawn graph holds only the zone's view.
   */
  zoneHides: boolean;
  /** Most hops a tied entity may be away (null: any). */
  maxHops: number | null;
  /** Roles switched off (members, counterparties). */
  hiddenRoles: readonly TieRole[];
  /** Relation types switched off, in ontology order. */
  hiddenRelationTypes: readonly RelationType[];
  relationKind: RelationKind;
  /** Groups of the zone's view the user opened (drawn entity by entity although large). */
  openGroups: ReadonlySet<string>;
}

/** No filter: everything visible. */
export const EMPTY_FILTERS: FiltersState = {
  hiddenTypes: [],
  zoneId: null,
  tiedIds: null,
  tied: null,
  expandedIds: new Set(),
  zoneHides: true,
  maxHops: null,
  hiddenRoles: [],
  hiddenRelationTypes: [],
  relationKind: "all",
  openGroups: new Set(),
};

/** Switches an entity type on or off. */
export function toggleType(state: FiltersState, type: EntityType): FiltersState {
  const hidden = new Set(state.hiddenTypes);
  if (hidden.has(type)) hidden.delete(type);
  else hidden.add(type);
  return { ...state, hiddenTypes: ENTITY_TYPE_IDS.filter((t) => hidden.has(t)) };
}

/** Switches a relation type on or off. */
export function toggleRelationType(state: FiltersState, type: RelationType): FiltersState {
  const hidden = new Set(state.hiddenRelationTypes);
  if (hidden.has(type)) hidden.delete(type);
  else hidden.add(type);
  return { ...state, hiddenRelationTypes: RELATION_TYPE_IDS.filter((t) => hidden.has(t)) };
}

/** Switches a role (members, counterparties) on or off. */
export function toggleRole(state: FiltersState, role: TieRole): FiltersState {
  const hiddenRoles = state.hiddenRoles.includes(role)
    ? state.hiddenRoles.filter((r) => r !== role)
    : [...state.hiddenRoles, role].sort();
  return { ...state, hiddenRoles };
}

/** Focuses a zone (or none); its tied entities are set later by `setTied`. Zone filters reset. */
export function focusZone(state: FiltersState, zoneId: string | null): FiltersState {
  if (state.zoneId === zoneId) return state;
  return {
    ...state,
    zoneId,
    tiedIds: null,
    tied: null,
    expandedIds: new Set(),
    maxHops: null,
    hiddenRoles: [],
    openGroups: new Set(),
  };
}

/** Shows these entities too (a neighbourhood opened by double-click), whatever the zone in focus. */
export function expand(state: FiltersState, ids: Iterable<string>): FiltersState {
  const expandedIds = new Set([...state.expandedIds, ...ids]);
  return expandedIds.size === state.expandedIds.size ? state : { ...state, expandedIds };
}

/** One entity tied to the zone in focus, as `setTied` records it. */
export interface TiedEntry extends TieInfo {
  id: string;
}

/** Records the entities tied to the zone in focus (ignored if the focus moved on meanwhile). */
export function setTied(state: FiltersState, zoneId: string, entries: Iterable<TiedEntry>): FiltersState {
  if (state.zoneId !== zoneId) return state;
  const tied = new Map<string, TieInfo>();
  for (const e of entries) if (e.id !== zoneId) tied.set(e.id, { role: e.role, hops: e.hops, type: e.type });
  return { ...state, tiedIds: new Set([zoneId, ...tied.keys()]), tied };
}

/** Opens (or closes again) a group of the zone's view. */
export function toggleGroup(state: FiltersState, key: string): FiltersState {
  const openGroups = new Set(state.openGroups);
  if (openGroups.has(key)) openGroups.delete(key);
  else openGroups.add(key);
  return { ...state, openGroups };
}

/** The groups of the zone in focus drawn as one node each (their keys). */
export function collapsedGroups(state: FiltersState): ReadonlySet<string> {
  if (state.tied === null) return new Set();
  const keys = new Set<string>();
  for (const g of zoneGroups(state.tied)) if (isCollapsed(g, state.openGroups)) keys.add(g.key);
  return keys;
}

/** Whether a tied entity passes the zone's own filters (hops, role) and is not folded into its group's node. */
function passesZoneFilters(state: FiltersState, info: TieInfo, collapsed: ReadonlySet<string>): boolean {
  if (state.hiddenRoles.includes(info.role)) return false;
  if (state.maxHops !== null && info.hops > state.maxHops) return false;
  return !collapsed.has(groupKey(info.role, info.hops, info.type));
}

/** Whether an entity is shown under these filters; pass `collapsed` (from `collapsedGroups`) when checking many. */
export function isVisible(
  state: FiltersState,
  id: string,
  type: EntityType,
  collapsed: ReadonlySet<string> = collapsedGroups(state),
): boolean {
  if (state.hiddenTypes.includes(type)) return false;
  if (state.zoneId === null) return true;
  const info = state.tied?.get(id);
  if (info && !passesZoneFilters(state, info, collapsed)) return false;
  if (!state.zoneHides) return true;
  if (state.expandedIds.has(id)) return true;
  // While the tied set loads, show the zone alone rather than everything.
  if (state.tiedIds === null) return id === state.zoneId;
  return state.tiedIds.has(id);
}

/** Whether the node standing for a group is shown: the group is collapsed and passes the filters. */
export function isGroupVisible(
  state: FiltersState,
  group: { key: string; role: TieRole; hops: number; type: EntityType },
  collapsed: ReadonlySet<string>,
): boolean {
  if (!collapsed.has(group.key) || state.hiddenTypes.includes(group.type)) return false;
  if (state.hiddenRoles.includes(group.role)) return false;
  return state.maxHops === null || group.hops <= state.maxHops;
}

/** Whether a relation is shown: its type on, and stated or inferred as asked. */
export function isRelationVisible(
  state: FiltersState,
  type: RelationType | null,
  inferred: boolean,
): boolean {
  if (type !== null && state.hiddenRelationTypes.includes(type)) return false;
  if (state.relationKind === "stated") return !inferred;
  if (state.relationKind === "inferred") return inferred;
  return true;
}
