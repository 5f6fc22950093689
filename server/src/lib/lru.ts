/**
 * Lru: the one least-recently-used cache of the server (response cache, fast-path plans, jit
 * compile cache, tied cache), bounded by a number of entries and/or by bytes (each entry charged
 * `sizeOf(value, key)`). A Map in recency order: `get` moves an entry to the end, eviction takes
 * from the front.
 */

/** Bounds of an Lru: at most `maxEntries` entries and at most `maxBytes` bytes (as `sizeOf` counts). */
export interface LruOptions<K, V> {
  maxEntries?: number;
  maxBytes?: number;
  /** Bytes charged for an entry (required with maxBytes). */
  sizeOf?: (value: V, key: K) => number;
}

/** A least-recently-used cache bounded by entries and/or bytes. */
export class Lru<K, V> {
  private readonly entries = new Map<K, { value: V; size: number }>();
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private readonly sizeOf: (value: V, key: K) => number;
  private total = 0;

  constructor(options: LruOptions<K, V>) {
    this.maxEntries = options.maxEntries ?? Number.POSITIVE_INFINITY;
    this.maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
    if (options.maxBytes !== undefined && options.sizeOf === undefined)
      throw new Error("server/src/lib/lru: maxBytes needs a sizeOf function");
    this.sizeOf = options.sizeOf ?? (() => 0);
  }

  /** Entries held. */
  get size(): number {
    return this.entries.size;
  }

  /** Bytes held (as sizeOf counts them). */
  get bytes(): number {
    return this.total;
  }

  /** The value of `key` (now the most recently used), or undefined. */
  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Whether `key` is held (its recency unchanged). */
  has(key: K): boolean {
    return this.entries.has(key);
  }

  /** Stores `value` as the most recently used, evicting the least recent past a bound; false when it alone is over maxBytes. */
  set(key: K, value: V): boolean {
    const size = this.sizeOf(value, key);
    if (size > this.maxBytes) return false;
    this.delete(key);
    this.entries.set(key, { value, size });
    this.total += size;
    for (const [k, e] of this.entries) {
      if (this.total <= this.maxBytes && this.entries.size <= this.maxEntries) break;
      this.entries.delete(k);
      this.total -= e.size;
    }
    return true;
  }

  /** Removes `key`. */
  delete(key: K): void {
    const old = this.entries.get(key);
    if (old === undefined) return;
    this.entries.delete(key);
    this.total -= old.size;
  }

  /** Removes every entry. */
  clear(): void {
    this.entries.clear();
    this.total = 0;
  }
}
