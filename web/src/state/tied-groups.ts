/**
 * Groups the entities tied to a zone for the tied panel: members apart from counterparties, each
 * split by entity type in ontology order, nearest first.
 */
import { ENTITY_TYPE_IDS, type EntityType } from "@zonegraph/graph-data/ontology";
import type { TiedItem } from "../api/api-types.ts";

/** The tied entities of one type within one role. */
export interface TiedTypeGroup {
  type: EntityType;
  items: TiedItem[];
}

/** The tied entities of one role. */
export interface TiedRoleGroup {
  role: TiedItem["role"];
  count: number;
  types: TiedTypeGroup[];
}

// One collator for every comparison: localeCompare builds one per call, far too slow for thousands.
const byName = new Intl.Collator("zh").compare;

/** Members first, then counterparties; empty roles and types are left out. */
export function groupTied(items: readonly TiedItem[]): TiedRoleGroup[] {
  const roles: TiedItem["role"][] = ["MEMBER", "COUNTERPARTY"];
  return roles
    .map((role) => {
      const ofRole = items.filter((i) => i.role === role);
      const types = ENTITY_TYPE_IDS.map((type) => ({
        type,
        items: ofRole
          .filter((i) => i.entity.type === type)
          .sort((a, b) => a.hops - b.hops || byName(a.entity.name, b.entity.name)),
      })).filter((g) => g.items.length > 0);
      return { role, count: ofRole.length, types };
    })
    .filter((g) => g.count > 0);
}
