/**
 * The groups of a zone's view, as 企查查 draws an entity's relations: tied entities grouped by role
 * (members, counterparties), hops and type. A group of more than COLLAPSE_AT entities is drawn as
 * one node with its count until the user opens it. Pure and memoised per tied answer.
 */
import { ENTITY_TYPE_IDS, type EntityType } from "@zonegraph/graph-data/ontology";

/** A member of the zone, or something its members deal with. */
export type TieRole = "MEMBER" | "COUNTERPARTY";

/** What the view knows of one tied entity. */
export interface TieInfo {
  role: TieRole;
  hops: number;
  type: EntityType;
}

/** A group of tied entities of one role, hop count and type. */
export interface ZoneGroup {
  key: string;
  role: TieRole;
  hops: number;
  type: EntityType;
  /** Its entities, in the order of the tied answer. */
  ids: readonly string[];
}

/** Groups larger than this are drawn as one node with a count until opened. */
export const COLLAPSE_AT = 40;

/** The id of a group (and of the node that stands for it). */
export const groupKey = (role: TieRole, hops: number, type: EntityType): string =>
  `group:${role}:${hops}:${type}`;

const cache = new WeakMap<ReadonlyMap<string, TieInfo>, readonly ZoneGroup[]>();

/** The groups of a tied answer: members before counterparties, then by hops, then in ontology type order. */
export function zoneGroups(tied: ReadonlyMap<string, TieInfo>): readonly ZoneGroup[] {
  const known = cache.get(tied);
  if (known) return known;
  const byKey = new Map<string, { role: TieRole; hops: number; type: EntityType; ids: string[] }>();
  for (const [id, t] of tied) {
    const key = groupKey(t.role, t.hops, t.type);
    let g = byKey.get(key);
    if (!g) byKey.set(key, (g = { role: t.role, hops: t.hops, type: t.type, ids: [] }));
    g.ids.push(id);
  }
  const groups = [...byKey].map(([key, g]) => ({ key, ...g }));
  groups.sort(
    (a, b) =>
      (a.role === b.role ? 0 : a.role === "MEMBER" ? -1 : 1) ||
      a.hops - b.hops ||
      ENTITY_TYPE_IDS.indexOf(a.type) - ENTITY_TYPE_IDS.indexOf(b.type),
  );
  cache.set(tied, groups);
  return groups;
}

/** Whether a group is drawn as one node: large, and not opened by the user. */
export const isCollapsed = (group: ZoneGroup, opened: ReadonlySet<string>): boolean =>
  group.ids.length > COLLAPSE_AT && !opened.has(group.key);
