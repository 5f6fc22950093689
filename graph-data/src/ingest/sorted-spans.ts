/**
 * Look-ups in a list of spans kept in order of start (as every mention, clause and project list of
 * the proposer is) by binary search, instead of scanning the whole list once per match: each answer
 * is the one a linear `find` (or a `find` over the reversed list) would give.
 */

/** Anything with [start, end) offsets. */
export interface Spanned {
  start: number;
  end: number;
}

/** A list sorted by `start` (ties in any order) with the look-ups the rules need. */
export class SortedSpans<T extends Spanned> {
  /** The longest span's length: how far before a position a span ending there can start. */
  private readonly longest: number;

  /** Wraps `items`, which must already be sorted by start. */
  constructor(readonly items: readonly T[]) {
    let longest = 0;
    for (const item of items) longest = Math.max(longest, item.end - item.start);
    this.longest = longest;
  }

  /** Index of the first item starting at or after `at` (items.length when none). */
  firstFrom(at: number): number {
    let low = 0;
    let high = this.items.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.items[mid]?.start ?? 0) < at) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The first item in list order starting in [from, to) that passes `test`. */
  firstStarting(from: number, to: number, test?: (item: T) => boolean): T | undefined {
    for (let k = this.firstFrom(from); k < this.items.length; k++) {
      const item = this.items[k];
      if (!item || item.start >= to) return undefined;
      if (!test || test(item)) return item;
    }
    return undefined;
  }

  /** Every item in list order starting in [from, to) that passes `test`. */
  allStarting(from: number, to: number, test?: (item: T) => boolean): T[] {
    const out: T[] = [];
    for (let k = this.firstFrom(from); k < this.items.length; k++) {
      const item = this.items[k];
      if (!item || item.start >= to) break;
      if (!test || test(item)) out.push(item);
    }
    return out;
  }

  /** The first item in list order that holds [start, end) (item.start ≤ start, end ≤ item.end). */
  firstHolding(start: number, end: number): T | undefined {
    return this.firstStarting(end - this.longest, start + 1, (item) => end <= item.end);
  }

  /** The last item in list order that ends in [minEnd, at] and passes `test`. */
  lastEnding(at: number, test?: (item: T) => boolean, minEnd = -Infinity): T | undefined {
    const lowestStart = minEnd - this.longest;
    for (let k = this.firstFrom(at + 1) - 1; k >= 0; k--) {
      const item = this.items[k];
      if (!item || item.start < lowestStart) return undefined;
      if (item.end <= at && item.end >= minEnd && (!test || test(item))) return item;
    }
    return undefined;
  }

  /** The one item whose [start, end] (end included) holds `at`, for items that tile the text. */
  holding(at: number): T | undefined {
    const item = this.items[this.firstFrom(at + 1) - 1];
    return item && item.start <= at && at <= item.end ? item : undefined;
  }
}
