/**
 * Aggregates for `aggregate(where, groupBy)`: a set of entities split into buckets by zone (every
 * zone it is tied to, by the zone overview's ties), top region, type, level or status — several
 * groups make buckets of their combinations — and number statistics over a column.
 */
import { ENTITY_TYPE_IDS } from "@zonegraph/graph-data/ontology";
import { ENUM_FIELDS } from "./entity-columns.ts";
import type { QueryIndex } from "./query-index.ts";
import { topRegionsOf } from "./region-index.ts";

/** What entities can be grouped by. */
export const AGGREGATE_GROUPS = ["ZONE", "REGION", "TYPE", "LEVEL", "STATUS"] as const;
/** One of the groups. */
export type AggregateGroup = (typeof AGGREGATE_GROUPS)[number];

/** One bucket: its key per group (an entity index for ZONE/REGION, an ontology code else; -1 none) and items. */
export interface Bucket {
  keys: number[];
  items: Int32Array;
}

/** count, sum, avg, min, max of the values present (avg/min/max null when none). */
export interface NumberStats {
  count: number;
  sum: number;
  avg: number | null;
  min: number | null;
  max: number | null;
}

/** Statistics of `values` over `items` (absent values, NaN, are skipped). */
export function numberStats(values: ArrayLike<number>, items: Int32Array): NumberStats {
  let count = 0;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < items.length; k++) {
    const v = values[items[k]!]!;
    if (Number.isNaN(v)) continue;
    count++;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return count === 0
    ? { count, sum, avg: null, min: null, max: null }
    : { count, sum, avg: sum / count, min, max };
}

/** Counts of `items` by entity type (types with none omitted), in ontology order. */
export function countsByType(
  q: QueryIndex,
  items: Int32Array,
): { type: (typeof ENTITY_TYPE_IDS)[number]; count: number }[] {
  const counts = new Array<number>(ENTITY_TYPE_IDS.length).fill(0);
  const types = q.sources.store.entityType;
  for (let k = 0; k < items.length; k++) counts[types[items[k]!]!]!++;
  return ENTITY_TYPE_IDS.map((type, t) => ({ type, count: counts[t]! })).filter((c) => c.count > 0);
}

/** For each item, the zones it is tied to (with a role in `roles`: 1 member, 2 counterparty). */
function zonesOfItems(q: QueryIndex, items: Int32Array, roles: ReadonlySet<1 | 2>): number[][] {
  const o = q.sources.overview.get();
  const position = new Int32Array(q.sources.store.entityCount).fill(-1);
  for (let k = 0; k < items.length; k++) position[items[k]!] = k;
  const zones: number[][] = Array.from({ length: items.length }, () => []);
  for (let r = 0; r < o.zones.length; r++) {
    const from = o.tieOffsets[r]!;
    const split = from + o.memberCount[r]!;
    const to = o.tieOffsets[r + 1]!;
    const start = roles.has(1) ? from : split;
    const end = roles.has(2) ? to : split;
    for (let s = start; s < end; s++) {
      const k = position[o.ties[s]!]!;
      if (k >= 0) zones[k]!.push(o.zones[r]!);
    }
  }
  return zones;
}

/**
 * The buckets of `items` under `groups` (at least one), largest first, then by key (entities by
 * name, codes in ontology order, none last). ZONE counts an item in every zone it is tied to with
 * one of `roles`; REGION in every top region it lies in; an item with no zone or region is in none.
 */
export function groupEntities(
  q: QueryIndex,
  items: Int32Array,
  groups: readonly AggregateGroup[],
  roles: ReadonlySet<1 | 2>,
): Bucket[] {
  const { store } = q.sources;
  const n = store.entityCount;
  const rank = (g: AggregateGroup, key: number): number =>
    key < 0 ? Infinity : g === "ZONE" || g === "REGION" ? store.nameRank[key]! : key;
  const order = (buckets: Bucket[]): Bucket[] =>
    buckets.sort((a, b) => {
      if (a.items.length !== b.items.length) return b.items.length - a.items.length;
      for (let d = 0; d < groups.length; d++) {
        const ra = rank(groups[d]!, a.keys[d]!);
        const rb = rank(groups[d]!, b.keys[d]!);
        if (ra !== rb) return ra < rb ? -1 : 1;
      }
      return 0;
    });
  if (groups.length === 1 && groups[0] === "ZONE") return order(byZone(q, items, roles));
  const zones = groups.includes("ZONE") ? zonesOfItems(q, items, roles) : [];
  const cols = groups.some((g) => g === "LEVEL" || g === "STATUS") ? q.columns : undefined;
  const keysOf = (g: AggregateGroup, i: number, k: number): readonly number[] => {
    switch (g) {
      case "ZONE":
        return zones[k]!;
      case "REGION":
        return topRegionsOf(store, i, q.topRegions);
      case "TYPE":
        return [store.entityType[i]!];
      case "LEVEL":
        return [cols!.enums.level[i]!];
      case "STATUS":
        return [cols!.enums.status[i]!];
    }
  };
  // One number per combination: mixed radix over the groups (each key shifted by one so -1 fits).
  const radix = groups.map((g) =>
    g === "ZONE" || g === "REGION"
      ? n + 1
      : 1 +
        (g === "TYPE"
          ? ENTITY_TYPE_IDS.length
          : ENUM_FIELDS[g === "LEVEL" ? "level" : "status"].values.length),
  );
  const byKey = new Map<number, number[]>();
  for (let k = 0; k < items.length; k++) {
    const i = items[k]!;
    let combos = [0];
    groups.forEach((g, d) => {
      const next: number[] = [];
      for (const c of combos) for (const key of keysOf(g, i, k)) next.push(c * radix[d]! + key + 1);
      combos = next;
    });
    for (const c of combos) {
      const list = byKey.get(c);
      if (list) list.push(i);
      else byKey.set(c, [i]);
    }
  }
  const buckets: Bucket[] = [];
  for (const [combo, list] of byKey) {
    const keys = new Array<number>(groups.length);
    let rest = combo;
    for (let d = groups.length - 1; d >= 0; d--) {
      keys[d] = (rest % radix[d]!) - 1;
      rest = Math.floor(rest / radix[d]!);
    }
    buckets.push({ keys, items: Int32Array.from(list) });
  }
  return order(buckets);
}

/** Buckets by zone alone: each zone's ties read once, the items among them kept (no per-item lists). */
function byZone(q: QueryIndex, items: Int32Array, roles: ReadonlySet<1 | 2>): Bucket[] {
  const o = q.sources.overview.get();
  const member = new Uint8Array(q.sources.store.entityCount);
  for (let k = 0; k < items.length; k++) member[items[k]!] = 1;
  const buckets: Bucket[] = [];
  const found = new Int32Array(items.length);
  for (let r = 0; r < o.zones.length; r++) {
    const from = o.tieOffsets[r]!;
    const split = from + o.memberCount[r]!;
    const to = o.tieOffsets[r + 1]!;
    let count = 0;
    for (let s = roles.has(1) ? from : split; s < (roles.has(2) ? to : split); s++)
      if (member[o.ties[s]!] === 1) found[count++] = o.ties[s]!;
    // Items in ascending index order, as every other bucket holds them.
    if (count > 0) buckets.push({ keys: [o.zones[r]!], items: found.slice(0, count).sort() });
  }
  return buckets;
}
