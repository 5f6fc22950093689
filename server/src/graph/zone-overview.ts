/**
 * The zone overview of a large graph: every zone with its member and counterparty counts (tied-to-
 * zone within 4 hops), and the pairs of zones that share counterparties, with how many. Computed
 * once per store on first use (typed arrays throughout) and cached.
 */
import { entityTypeCode, type GraphStore } from "./store.ts";
import { tiedToZone } from "./tied-to-zone.ts";

/** The hop bound of the overview's tied-to-zone counts. */
export const OVERVIEW_MAX_HOPS = 4;

/** Zones (by rank) with their counts, and the links between them. */
export interface ZoneOverviewData {
  /** Zone entity indices, most members first (then by name): a zone's rank is its position here. */
  zones: Int32Array;
  /** Members of the zone at each rank. */
  memberCount: Int32Array;
  /** Counterparties of the zone at each rank. */
  counterpartyCount: Int32Array;
  /** Links of rank a (to higher ranks only) are at [rowOffsets[a], rowOffsets[a + 1]). */
  rowOffsets: Int32Array;
  /** The higher rank of each link. */
  linkTo: Int32Array;
  /** The number of counterparties the two zones share (at least 1). */
  linkShared: Int32Array;
  /** How long the build took (ms). */
  buildMs: number;
}

const cache = new WeakMap<GraphStore, ZoneOverviewData>();

/** The overview of a store, built on first call and cached for the store's lifetime. */
export function zoneOverview(store: GraphStore): ZoneOverviewData {
  let data = cache.get(store);
  if (!data) {
    data = buildZoneOverview(store);
    cache.set(store, data);
  }
  return data;
}

/** Builds the overview (uncached). */
export function buildZoneOverview(store: GraphStore): ZoneOverviewData {
  const started = performance.now();
  const zoneList: number[] = [];
  // Type codes, not records: on a snapshot-backed store a record is decoded on demand.
  const zone = entityTypeCode("ZONE");
  for (let i = 0; i < store.entityCount; i++) if (store.entityType[i] === zone) zoneList.push(i);
  const z = zoneList.length;
  // Counterparties of every zone, concatenated (CSR by zone, in zoneList order).
  const members = new Int32Array(z);
  const cpOffsets = new Int32Array(z + 1);
  const cpParts: Int32Array[] = [];
  for (let k = 0; k < z; k++) {
    const ties = tiedToZone(store, zoneList[k]!, OVERVIEW_MAX_HOPS);
    const cps = new Int32Array(ties.length);
    let m = 0;
    let c = 0;
    for (const tie of ties) {
      if (tie.role === "MEMBER") m++;
      else cps[c++] = tie.entity;
    }
    members[k] = m;
    cpOffsets[k + 1] = cpOffsets[k]! + c;
    cpParts.push(cps.subarray(0, c));
  }
  const cpList = new Int32Array(cpOffsets[z]!);
  cpParts.forEach((part, k) => cpList.set(part, cpOffsets[k]!));

  // Rank zones by member count (then name), so `first` takes the largest.
  const order = Array.from({ length: z }, (_, k) => k).sort((a, b) => {
    if (members[a] !== members[b]) return members[b]! - members[a]!;
    const na = store.entity(zoneList[a]!).name;
    const nb = store.entity(zoneList[b]!).name;
    return na < nb ? -1 : na > nb ? 1 : zoneList[a]! - zoneList[b]!;
  });
  const rankOf = new Int32Array(z);
  order.forEach((k, rank) => (rankOf[k] = rank));

  // Inverted index: for each counterparty entity, the ranks of the zones it is a counterparty of.
  const n = store.entityCount;
  const zOffsets = new Int32Array(n + 1);
  for (let s = 0; s < cpList.length; s++) zOffsets[cpList[s]! + 1]! += 1;
  for (let v = 0; v < n; v++) zOffsets[v + 1]! += zOffsets[v]!;
  const fill = zOffsets.slice(0, n);
  const zRanks = new Int32Array(cpList.length);
  for (let k = 0; k < z; k++) {
    for (let s = cpOffsets[k]!; s < cpOffsets[k + 1]!; s++) zRanks[fill[cpList[s]!]!++] = rankOf[k]!;
  }

  const { rowOffsets, linkTo, linkShared } = countSharedPairs(z, order, cpOffsets, cpList, zOffsets, zRanks);
  const result: ZoneOverviewData = {
    zones: Int32Array.from(order, (k) => zoneList[k]!),
    memberCount: Int32Array.from(order, (k) => members[k]!),
    counterpartyCount: Int32Array.from(order, (k) => cpOffsets[k + 1]! - cpOffsets[k]!),
    rowOffsets,
    linkTo,
    linkShared,
    buildMs: performance.now() - started,
  };
  return result;
}

/**
 * Counts shared counterparties pair by pair, zone by zone in rank order, with one dense row per
 * zone (reset after use); links land grouped by their lower rank, so a query reads only its rows.
 */
function countSharedPairs(
  z: number,
  order: readonly number[],
  cpOffsets: Int32Array,
  cpList: Int32Array,
  zOffsets: Int32Array,
  zRanks: Int32Array,
): { rowOffsets: Int32Array; linkTo: Int32Array; linkShared: Int32Array } {
  const row = new Int32Array(z);
  const touched = new Int32Array(z);
  const rowOffsets = new Int32Array(z + 1);
  // Each link takes at least one shared counterparty, so this bounds the number of links.
  let bound = (z * (z - 1)) / 2;
  let pairs = 0;
  for (let c = 0; c + 1 < zOffsets.length && pairs < bound; c++) {
    const k = zOffsets[c + 1]! - zOffsets[c]!;
    pairs += (k * (k - 1)) / 2;
  }
  bound = Math.min(bound, pairs);
  const linkTo = new Int32Array(bound);
  const linkShared = new Int32Array(bound);
  let count = 0;
  for (let a = 0; a < z; a++) {
    const k = order[a]!;
    let t = 0;
    for (let s = cpOffsets[k]!; s < cpOffsets[k + 1]!; s++) {
      const c = cpList[s]!;
      const end = zOffsets[c + 1]!;
      for (let q = zOffsets[c]!; q < end; q++) {
        const b = zRanks[q]!;
        if (b <= a) continue;
        const v = row[b]!;
        if (v === 0) touched[t++] = b;
        row[b] = v + 1;
      }
    }
    for (let i = 0; i < t; i++) {
      const b = touched[i]!;
      linkTo[count] = b;
      linkShared[count++] = row[b]!;
      row[b] = 0;
    }
    rowOffsets[a + 1] = count;
  }
  return { rowOffsets, linkTo: linkTo.subarray(0, count), linkShared: linkShared.subarray(0, count) };
}

/** The row (lower rank) holding link i: the last a with rowOffsets[a] <= i. */
function rowOf(rowOffsets: Int32Array, i: number): number {
  let lo = 0;
  let hi = rowOffsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (rowOffsets[mid]! <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** One link between zone ranks `from` < `to`. */
export interface OverviewLink {
  from: number;
  to: number;
  shared: number;
}

/**
 * The links among the `first` largest zones with at least `minShared` shared counterparties: their
 * number, and the `firstLinks` strongest (most shared first, then by ranks).
 */
export function overviewLinks(
  data: ZoneOverviewData,
  first: number,
  minShared: number,
  firstLinks: number,
): { total: number; links: OverviewLink[] } {
  const zones = Math.min(first, data.zones.length);
  // Sort keys: shared counterparties high, link index low (rank order), packed into one float.
  const keys: number[] = [];
  for (let a = 0; a < zones; a++) {
    for (let i = data.rowOffsets[a]!; i < data.rowOffsets[a + 1]!; i++) {
      if (data.linkTo[i]! < zones && data.linkShared[i]! >= minShared)
        keys.push(-data.linkShared[i]! * 2 ** 32 + i);
    }
  }
  const sorted = Float64Array.from(keys).sort();
  const links: OverviewLink[] = [];
  for (let k = 0; k < Math.min(firstLinks, sorted.length); k++) {
    const i = sorted[k]! - Math.floor(sorted[k]! / 2 ** 32) * 2 ** 32;
    links.push({ from: rowOf(data.rowOffsets, i), to: data.linkTo[i]!, shared: data.linkShared[i]! });
  }
  return { total: sorted.length, links };
}
