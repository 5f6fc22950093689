/**
 * Producers of the persistent filters: entity types switched on or off in the legend, and beside
 * it the zone's filters (hops, role), relation types, stated or inferred relations, and the
 * groups of a zone's view opened or closed.
 */
import type { EntityType, RelationType } from "@zonegraph/graph-data/ontology";
import type { AppState } from "./app-state.ts";
import { toggleGroup, toggleRelationType, toggleRole, toggleType, type RelationKind } from "./filters.ts";
import type { TieRole } from "./zone-groups.ts";

/** Switches an entity type on or off. */
export const toggleEntityType =
  (type: EntityType) =>
  (s: AppState): AppState => ({ ...s, filters: toggleType(s.filters, type) });

/** Shows tied entities up to `hops` away (null: any). */
export const setMaxHops =
  (hops: number | null) =>
  (s: AppState): AppState =>
    s.filters.maxHops === hops ? s : { ...s, filters: { ...s.filters, maxHops: hops } };

/** Switches members or counterparties on or off. */
export const toggleTieRole =
  (role: TieRole) =>
  (s: AppState): AppState => ({ ...s, filters: toggleRole(s.filters, role) });

/** Switches a relation type on or off. */
export const toggleRelation =
  (type: RelationType) =>
  (s: AppState): AppState => ({ ...s, filters: toggleRelationType(s.filters, type) });

/** Shows all relations, only stated ones, or only inferred ones. */
export const setRelationKind =
  (kind: RelationKind) =>
  (s: AppState): AppState =>
    s.filters.relationKind === kind ? s : { ...s, filters: { ...s.filters, relationKind: kind } };

/** Opens a collapsed group of the zone's view (or folds it again). */
export const toggleZoneGroup =
  (key: string) =>
  (s: AppState): AppState => ({ ...s, filters: toggleGroup(s.filters, key) });
