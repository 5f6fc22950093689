/**
 * Orders of a graph's entities computed once (or stored with a snapshot): by name then id — the
 * order tied-to-zone and `zones` list entities in — and, for snapshots, by raw id and relation id
 * so that id look-ups are binary searches over the columns instead of 800k-entry Maps.
 */

/** Entity orders of a store; the id orders are optional (a Map is used without them). */
export interface EntityOrders {
  /** Entity indices sorted by name, then id. */
  nameOrder: Int32Array;
  /** Position of each entity in nameOrder. */
  nameRank: Int32Array;
  /** Entity indices sorted by raw id. */
  idOrder?: Int32Array;
  /** Edge indices sorted by raw relation id. */
  edgeIdOrder?: Int32Array;
}

/** Indices 0..n-1 sorted by `key` (UTF-16 code-unit order, as `<` compares), ties by `tie`. */
export function sortedIndices(
  n: number,
  key: (i: number) => string,
  tie?: (i: number) => string,
): Int32Array {
  const keys = new Array<string>(n);
  for (let i = 0; i < n; i++) keys[i] = key(i);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((a, b) => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    if (ka !== kb) return ka < kb ? -1 : 1;
    if (!tie) return a - b;
    const ta = tie(a);
    const tb = tie(b);
    return ta < tb ? -1 : ta > tb ? 1 : a - b;
  });
}

/** The name order (and its inverse) of n entities. */
export function computeEntityOrders(
  n: number,
  name: (i: number) => string,
  id: (i: number) => string,
): EntityOrders {
  const nameOrder = sortedIndices(n, name, id);
  return { nameOrder, nameRank: inverse(nameOrder) };
}

/** The inverse of a permutation. */
export function inverse(order: Int32Array): Int32Array {
  const rank = new Int32Array(order.length);
  for (let r = 0; r < order.length; r++) rank[order[r]!] = r;
  return rank;
}

/** Binary search of `id` among indices sorted by `idAt`; -1 when absent. */
export function findSorted(order: Int32Array, id: string, idAt: (i: number) => string): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (idAt(order[mid]!) < id) lo = mid + 1;
    else hi = mid;
  }
  return lo < order.length && idAt(order[lo]!) === id ? order[lo]! : -1;
}
