/**
 * Producers of the persistent filters the legend sets: entity types switched on or off.
 */
import type { EntityType } from "@zonegraph/graph-data/ontology";
import type { AppState } from "./app-state.ts";
import { toggleType } from "./filters.ts";

/** Switches an entity type on or off. */
export const toggleEntityType =
  (type: EntityType) =>
  (s: AppState): AppState => ({ ...s, filters: toggleType(s.filters, type) });
