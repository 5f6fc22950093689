/**
 * A small LRU of tied-to-zone results keyed by zone and maxHops, so that paging through a
 * connection, or asking Zone.companies then Zone.platforms, computes the ties once.
 */
import type { GraphStore } from "./store.ts";
import { tieAt, tiedResult, type Tie, type TiedResult } from "./tied-to-zone.ts";

/** Caches tiedToZone results for one store. */
export class TiedCache {
  private readonly entries = new Map<number, TiedResult>();
  private readonly tieLists = new WeakMap<TiedResult, Tie[]>();

  /** Creates a cache holding at most `capacity` results. */
  constructor(
    private readonly store: GraphStore,
    private readonly capacity = 64,
  ) {}

  /** The ties of `zone` within `maxHops` as columns (paths built on demand with tieAt). */
  result(zone: number, maxHops: number): TiedResult {
    const key = zone * 16 + maxHops;
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const result = tiedResult(this.store, zone, maxHops);
    this.entries.set(key, result);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as number);
    return result;
  }

  /** The ties of `zone` within `maxHops` (sorted as tiedToZone sorts them), every path built. */
  get(zone: number, maxHops: number): Tie[] {
    const result = this.result(zone, maxHops);
    let ties = this.tieLists.get(result);
    if (!ties) this.tieLists.set(result, (ties = Array.from(result.entities, (_, s) => tieAt(result, s))));
    return ties;
  }
}
