/**
 * A small LRU of tied-to-zone results keyed by zone and maxHops, so that paging through a
 * connection, or asking Zone.companies then Zone.platforms, computes the ties once.
 */
import type { GraphStore } from "./store.ts";
import { tiedToZone, type Tie } from "./tied-to-zone.ts";

/** Caches tiedToZone results for one store. */
export class TiedCache {
  private readonly entries = new Map<string, Tie[]>();

  /** Creates a cache holding at most `capacity` results. */
  constructor(private readonly store: GraphStore, private readonly capacity = 64) {}

  /** The ties of `zone` within `maxHops` (sorted as tiedToZone sorts them). */
  get(zone: number, maxHops: number): Tie[] {
    const key = `${zone}:${maxHops}`;
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const ties = tiedToZone(this.store, zone, maxHops);
    this.entries.set(key, ties);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return ties;
  }
}
