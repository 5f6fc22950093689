/**
 * Compressed sparse row adjacency: for vertex v, slots [offsets[v], offsets[v+1]) hold its
 * neighbours and the edge indices that reach them, ascending by edge index.
 */

/** CSR adjacency in one direction: neighbours of v are at [offsets[v], offsets[v+1]). */
export interface Csr {
  offsets: Int32Array;
  /** The entity at the other end of each adjacency slot. */
  targets: Int32Array;
  /** The edge index of each adjacency slot (ascending within a vertex). */
  edges: Int32Array;
}

/** Builds the CSR of `n` vertices over edges from[e] → to[e] (e = edge index). */
export function buildCsr(n: number, from: Int32Array, to: Int32Array): Csr {
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < from.length; e++) offsets[(from[e] as number) + 1]! += 1;
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v] as number;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(from.length);
  const edges = new Int32Array(from.length);
  // Edges are visited in index order, so each vertex's slots stay sorted by edge index.
  for (let e = 0; e < from.length; e++) {
    const slot = fill[from[e] as number]!++;
    targets[slot] = to[e] as number;
    edges[slot] = e;
  }
  return { offsets, targets, edges };
}
