/**
 * Every entity the explorer has seen (whole graph, overview zones, tied pages, neighbourhoods), by
 * id, so that panels can name an id; and the zones to pick from, in Chinese collation order.
 */
import type { EntitySummary } from "./api-types.ts";

/** The entities seen so far and the zone list. */
export interface EntityDirectory {
  /** Records entities seen. */
  remember(entities: readonly EntitySummary[]): void;
  /** The entity with this id, if seen. */
  entity(id: string): EntitySummary | null;
  /** The zones to pick from, sorted by name. */
  zones(): readonly EntitySummary[];
  /** Replaces the zone list (sorted here). */
  setZones(zones: readonly EntitySummary[]): void;
}

const byName = new Intl.Collator("zh").compare;

/** Creates an empty directory. */
export function createEntityDirectory(): EntityDirectory {
  const known = new Map<string, EntitySummary>();
  let zoneList: readonly EntitySummary[] = [];
  return {
    remember(entities) {
      for (const e of entities) known.set(e.id, e);
    },
    entity: (id) => known.get(id) ?? null,
    zones: () => zoneList,
    setZones(zones) {
      zoneList = [...zones].sort((a, b) => byName(a.name, b.name));
    },
  };
}
