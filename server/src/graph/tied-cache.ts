/**
 * The tied cache of one loaded graph: an LRU of tied-to-zone results keyed by zone and maxHops, so
 * that paging through a connection, or asking Zone.companies then Zone.platforms, walks once. It
 * owns the walk's scratch arrays; it lives and dies with the graph state that holds it.
 */
import { Lru } from "../lib/lru.ts";
import type { GraphStore } from "./store.ts";
import {
  createTiedScratch,
  MAX_HOPS,
  tieAt,
  tiedResult,
  type Tie,
  type TiedResult,
  type TiedScratch,
} from "./tied-to-zone.ts";

/** How many results a tied cache keeps. */
export const TIED_CACHE_SIZE = 64;

/** A walk's columns, and its ties with paths once someone asked for them all. */
interface Entry {
  result: TiedResult;
  ties: Tie[] | undefined;
}

/** Caches tiedToZone results for one store. */
export class TiedCache {
  /** The scratch arrays of every walk over this store (the zone overview walks with them too). */
  readonly scratch: TiedScratch;
  private readonly entries: Lru<number, Entry>;

  /** Creates a cache holding at most `capacity` results. */
  constructor(
    private readonly store: GraphStore,
    capacity = TIED_CACHE_SIZE,
  ) {
    this.scratch = createTiedScratch(store);
    this.entries = new Lru({ maxEntries: capacity });
  }

  private entry(zone: number, maxHops: number): Entry {
    const key = zone * (MAX_HOPS + 1) + maxHops;
    let entry = this.entries.get(key);
    if (entry === undefined) {
      entry = { result: tiedResult(this.store, zone, maxHops, this.scratch), ties: undefined };
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** The ties of `zone` within `maxHops` as columns (paths built on demand with tieAt). */
  result(zone: number, maxHops: number): TiedResult {
    return this.entry(zone, maxHops).result;
  }

  /** The ties of `zone` within `maxHops` (sorted as tiedToZone sorts them), every path built. */
  get(zone: number, maxHops: number): Tie[] {
    const entry = this.entry(zone, maxHops);
    entry.ties ??= Array.from(entry.result.entities, (_, s) => tieAt(entry.result, s));
    return entry.ties;
  }
}
