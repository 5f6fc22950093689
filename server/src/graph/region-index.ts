/**
 * Region containment over the store's CSR: a region contains the zones and regions that point into
 * it by LOCATED_IN or PART_OF, transitively (containers), and every entity LOCATED_IN or PART_OF
 * one of those containers (a company in a zone of a city of the province). Persons and the like,
 * tied by other relations only, are in no region. No index beyond the CSR: a region's entities
 * are found from its containers' in-edges, in time proportional to their number.
 */
import { entityTypeCode, relationTypeCode, type GraphStore } from "./store.ts";

const ZONE = entityTypeCode("ZONE");
const REGION = entityTypeCode("REGION");
const LOCATED_IN = relationTypeCode("LOCATED_IN");
const PART_OF = relationTypeCode("PART_OF");

const isContainer = (store: GraphStore, i: number): boolean =>
  store.entityType[i] === ZONE || store.entityType[i] === REGION;
const isPlacement = (t: number): boolean => t === LOCATED_IN || t === PART_OF;

/** The zones and regions within region `r` (transitively), `r` excluded, ascending. */
export function containersWithin(store: GraphStore, r: number): Int32Array {
  const seen = new Set<number>([r]);
  const queue = [r];
  const { offsets, targets, edges } = store.in;
  for (let k = 0; k < queue.length; k++) {
    const y = queue[k]!;
    for (let s = offsets[y]!; s < offsets[y + 1]!; s++) {
      const x = targets[s]!;
      if (!seen.has(x) && isPlacement(store.edgeType[edges[s]!]!) && isContainer(store, x)) {
        seen.add(x);
        queue.push(x);
      }
    }
  }
  seen.delete(r);
  return Int32Array.from(seen).sort();
}

/** Every entity within region `r` (its containers and what is placed in them), ascending. */
export function entitiesWithin(store: GraphStore, r: number): Int32Array {
  const containers = containersWithin(store, r);
  const found = new Set<number>(containers);
  const { offsets, targets, edges } = store.in;
  for (const c of [r, ...containers]) {
    for (let s = offsets[c]!; s < offsets[c + 1]!; s++) {
      const x = targets[s]!;
      if (x !== r && isPlacement(store.edgeType[edges[s]!]!)) found.add(x);
    }
  }
  return Int32Array.from(found).sort();
}

/**
 * The top regions (regions placed in no zone or region) that contain entity i, or that i is: what
 * `groupBy: REGION` buckets by. `memo` keeps each container's answer across calls.
 */
export function topRegionsOf(
  store: GraphStore,
  i: number,
  memo: Map<number, readonly number[]>,
): readonly number[] {
  if (isContainer(store, i)) return topOfContainer(store, i, memo);
  const tops = new Set<number>();
  for (const y of parentsOf(store, i)) for (const t of topOfContainer(store, y, memo)) tops.add(t);
  return [...tops].sort((a, b) => a - b);
}

/** The zones and regions entity i is placed in (LOCATED_IN / PART_OF). */
function parentsOf(store: GraphStore, i: number): number[] {
  const parents: number[] = [];
  const { offsets, targets, edges } = store.out;
  for (let s = offsets[i]!; s < offsets[i + 1]!; s++) {
    const y = targets[s]!;
    if (isPlacement(store.edgeType[edges[s]!]!) && isContainer(store, y)) parents.push(y);
  }
  return parents;
}

// Walks up from container c (cycles included) and keeps the regions that have no parent.
function topOfContainer(
  store: GraphStore,
  c: number,
  memo: Map<number, readonly number[]>,
): readonly number[] {
  const known = memo.get(c);
  if (known) return known;
  const seen = new Set<number>([c]);
  const queue = [c];
  const tops: number[] = [];
  for (let k = 0; k < queue.length; k++) {
    const y = queue[k]!;
    const parents = parentsOf(store, y);
    if (parents.length === 0 && store.entityType[y] === REGION) tops.push(y);
    for (const p of parents)
      if (!seen.has(p)) {
        seen.add(p);
        queue.push(p);
      }
  }
  const list = tops.sort((a, b) => a - b);
  memo.set(c, list);
  return list;
}
