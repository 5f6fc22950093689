/**
 * Ordering entities for `orderBy`: by name (pinyin for Chinese names, letters for English), an
 * investment, a metric figure, degree or tied count, ascending or descending; entities without the
 * value come last whatever the direction, and ties are broken by raw id so that paging is stable.
 * A page of a large set under one key walks a whole-graph order kept by the QueryIndex instead of
 * sorting the set.
 */
import type { QueryIndex } from "./query-index.ts";

/** What an order key reads. */
export type OrderField = "NAME" | "INVESTMENT_YUAN" | "METRIC" | "DEGREE" | "TIED_COUNT";

/** One key of an order. */
export interface OrderSpec {
  field: OrderField;
  direction: "ASC" | "DESC";
  /** METRIC only: the metric key, and the period (the latest figure without one). */
  metricKey?: string;
  period?: string | null;
}

/** The values an order key compares, by entity (NaN when absent). */
export function orderValues(q: QueryIndex, spec: OrderSpec): ArrayLike<number> {
  switch (spec.field) {
    case "NAME":
      return q.nameGroup;
    case "INVESTMENT_YUAN":
      return q.columns.numbers.investmentYuan;
    case "METRIC":
      return q.metric(spec.metricKey ?? "", spec.period ?? null).values;
    case "DEGREE":
      return q.degree;
    case "TIED_COUNT":
      return q.tiedCount;
  }
}

/** A comparator of entity indices under `specs`, then raw id. */
export function entityComparator(
  q: QueryIndex,
  specs: readonly OrderSpec[],
): (a: number, b: number) => number {
  const keys = specs.map((s) => ({ values: orderValues(q, s), sign: s.direction === "DESC" ? -1 : 1 }));
  const idRank = q.idRank;
  return (a, b) => {
    for (const { values, sign } of keys) {
      const va = values[a]!;
      const vb = values[b]!;
      const ma = Number.isNaN(va);
      const mb = Number.isNaN(vb);
      if (ma || mb) {
        if (ma !== mb) return ma ? 1 : -1;
        continue;
      }
      if (va !== vb) return va < vb ? -sign : sign;
    }
    return idRank[a]! - idRank[b]!;
  };
}

// Above this share of the graph, a page walks the whole-graph order rather than sorting the set.
const WALK_SHARE = 1 / 16;

/**
 * The entities of `items` at positions [offset, offset + count) under `specs` (the items' own
 * order when there are none).
 */
export function sortedPage(
  q: QueryIndex,
  items: Int32Array,
  specs: readonly OrderSpec[],
  offset: number,
  count: number,
): Int32Array {
  const end = Math.min(items.length, offset + count);
  if (offset >= end) return new Int32Array(0);
  if (specs.length === 0) return items.slice(offset, end);
  const n = q.sources.store.entityCount;
  if (specs.length === 1 && items.length > n * WALK_SHARE) {
    const spec = specs[0]!;
    const order = q.order(
      `${spec.field}:${spec.direction}:${spec.metricKey ?? ""}:${spec.period ?? ""}`,
      () => {
        const all = new Int32Array(n);
        for (let i = 0; i < n; i++) all[i] = i;
        return all.sort(entityComparator(q, specs));
      },
    );
    const member = new Uint8Array(n);
    for (let k = 0; k < items.length; k++) member[items[k]!] = 1;
    const page = new Int32Array(end - offset);
    let seen = 0;
    for (let k = 0; k < n && seen < end; k++) {
      const i = order[k]!;
      if (member[i] === 0) continue;
      if (seen >= offset) page[seen - offset] = i;
      seen++;
    }
    return page;
  }
  return items.slice().sort(entityComparator(q, specs)).subarray(offset, end);
}
