/**
 * The zone overview of a large graph: every zone with its member and counterparty counts (tied-to-
 * zone within 4 hops), and the pairs of zones that share counterparties, with how many. Computed
 * once per loaded graph (typed arrays throughout) by its ZoneOverviewCache: on first use, or ahead
 * of it in slices (warm(), which the server runs after start-up).
 */
import { entityTypeCode, type GraphStore } from "./store.ts";
import { createTiedScratch, DEFAULT_MAX_HOPS, tiedResult, type TiedScratch } from "./tied-to-zone.ts";

/** The hop bound of the overview's tied-to-zone counts. */
export const OVERVIEW_MAX_HOPS = DEFAULT_MAX_HOPS;

/** Zones (by rank) with their counts, and the links between them. */
export interface ZoneOverviewData {
  /** Zone entity indices, most members first (then by name): a zone's rank is its position here. */
  zones: Int32Array;
  /** Members of the zone at each rank. */
  memberCount: Int32Array;
  /** Counterparties of the zone at each rank. */
  counterpartyCount: Int32Array;
  /**
   * Every tie of the zone at rank r (members first, in tied order, then counterparties) is at
   * ties[tieOffsets[r] .. tieOffsets[r + 1]): what `aggregate(groupBy: ZONE)` reads.
   */
  tieOffsets: Int32Array;
  ties: Int32Array;
  /** Links of rank a (to higher ranks only) are at [rowOffsets[a], rowOffsets[a + 1]). */
  rowOffsets: Int32Array;
  /** The higher rank of each link. */
  linkTo: Int32Array;
  /** The number of counterparties the two zones share (at least 1). */
  linkShared: Int32Array;
  /** How long the build took (ms). */
  buildMs: number;
}

/**
 * The overview of one store, built once: on first `get()`, or ahead of it in slices by `warm()`.
 * The graph state holds one per loaded graph (no cache keyed by the store).
 */
export class ZoneOverviewCache {
  private data: ZoneOverviewData | undefined;
  /** A build started by warm() and not finished yet. */
  private pending: Generator<void, ZoneOverviewData, void> | undefined;

  /** An empty cache for `store`; walks reuse `scratch` when given (the tied cache's). */
  constructor(
    private readonly store: GraphStore,
    private readonly scratch?: TiedScratch,
  ) {}

  /** The overview: built now if no one has (or finished now, if warm() is building it). */
  get(): ZoneOverviewData {
    if (!this.data) {
      const steps = this.pending ?? overviewSteps(this.store, this.scratch);
      this.pending = undefined;
      this.data = drain(steps);
    }
    return this.data;
  }

  /**
   * Builds the overview in slices of about `sliceMs`, letting the event loop run between them (the
   * server warms it after start-up without holding requests up); resolves with it once built — by
   * this, or by a get() call that needed it sooner and finished the build.
   */
  async warm(sliceMs = 10): Promise<ZoneOverviewData> {
    if (this.data) return this.data;
    const steps = this.pending ?? overviewSteps(this.store, this.scratch);
    this.pending = steps;
    for (;;) {
      if (this.data) return this.data;
      const until = performance.now() + sliceMs;
      let step = steps.next();
      while (!step.done && performance.now() < until) step = steps.next();
      if (step.done) {
        this.pending = undefined;
        this.data = step.value;
        return step.value;
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

function drain(steps: Generator<void, ZoneOverviewData, void>): ZoneOverviewData {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Builds the overview (uncached), in one go. */
export function buildZoneOverview(store: GraphStore): ZoneOverviewData {
  return drain(overviewSteps(store));
}

/** The build, pausing (yield) every few zones or rows so that it can run in slices. */
function* overviewSteps(
  store: GraphStore,
  scratch: TiedScratch = createTiedScratch(store),
): Generator<void, ZoneOverviewData, void> {
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
  const tieParts: Int32Array[] = [];
  for (let k = 0; k < z; k++) {
    // The walk's columns only (no Tie objects, no paths): members come first in tied order, the
    // rest are the counterparties.
    const { entities, memberCount } = tiedResult(store, zoneList[k]!, OVERVIEW_MAX_HOPS, scratch);
    members[k] = memberCount;
    cpOffsets[k + 1] = cpOffsets[k]! + entities.length - memberCount;
    cpParts.push(entities.slice(memberCount));
    tieParts.push(entities.slice());
    if ((k & 3) === 3) yield;
  }
  const cpList = new Int32Array(cpOffsets[z]!);
  cpParts.forEach((part, k) => cpList.set(part, cpOffsets[k]!));

  // Rank zones by member count (then name, then id: the store's name rank), so `first` takes the largest.
  const { nameRank } = store;
  const order = Array.from({ length: z }, (_, k) => k).sort((a, b) =>
    members[a] !== members[b] ? members[b]! - members[a]! : nameRank[zoneList[a]!]! - nameRank[zoneList[b]!]!,
  );
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

  const { rowOffsets, linkTo, linkShared } = yield* countSharedPairs(
    z,
    order,
    cpOffsets,
    cpList,
    zOffsets,
    zRanks,
  );
  const tieOffsets = new Int32Array(z + 1);
  order.forEach((k, rank) => (tieOffsets[rank + 1] = tieOffsets[rank]! + tieParts[k]!.length));
  const ties = new Int32Array(tieOffsets[z]!);
  order.forEach((k, rank) => ties.set(tieParts[k]!, tieOffsets[rank]!));
  const result: ZoneOverviewData = {
    zones: Int32Array.from(order, (k) => zoneList[k]!),
    memberCount: Int32Array.from(order, (k) => members[k]!),
    counterpartyCount: Int32Array.from(order, (k) => cpOffsets[k + 1]! - cpOffsets[k]!),
    tieOffsets,
    ties,
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
function* countSharedPairs(
  z: number,
  order: readonly number[],
  cpOffsets: Int32Array,
  cpList: Int32Array,
  zOffsets: Int32Array,
  zRanks: Int32Array,
): Generator<void, { rowOffsets: Int32Array; linkTo: Int32Array; linkShared: Int32Array }, void> {
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
    if ((a & 7) === 7) yield;
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
