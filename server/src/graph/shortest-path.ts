/**
 * The shortest path between two entities, ignoring edge direction (BFS over both CSR directions,
 * neighbours in edge-index order so the answer is deterministic).
 */
import type { GraphStore } from "./store.ts";

/** A path: entity indices from `from` to `to`, and the edge indices between them in order. */
export interface PathResult {
  entities: number[];
  relations: number[];
}

/**
 * Finds a shortest undirected path from `from` to `to`, or null when they are not connected;
 * `avoid(v, w)` true forbids the step from v to w (Yen's spur searches use it).
 */
export function shortestPath(
  store: GraphStore,
  from: number,
  to: number,
  avoid?: (v: number, w: number) => boolean,
): PathResult | null {
  if (from === to) return { entities: [from], relations: [] };
  const parentEdge = new Map<number, number>([[from, -1]]);
  const parent = new Map<number, number>();
  let frontier = [from];
  while (frontier.length > 0) {
    const next: number[] = [];
    for (const v of frontier) {
      for (const csr of [store.out, store.in]) {
        for (let s = csr.offsets[v]!; s < csr.offsets[v + 1]!; s++) {
          const w = csr.targets[s]!;
          if (parentEdge.has(w) || (avoid !== undefined && avoid(v, w))) continue;
          parentEdge.set(w, csr.edges[s]!);
          parent.set(w, v);
          if (w === to) return unwindPath(from, to, parent, parentEdge);
          next.push(w);
        }
      }
    }
    frontier = next;
  }
  return null;
}

/** The path a BFS found, read back from `to` through each entity's parent and the edge that reached it. */
function unwindPath(
  from: number,
  to: number,
  parent: ReadonlyMap<number, number>,
  parentEdge: ReadonlyMap<number, number>,
): PathResult {
  const entities = [to];
  const relations: number[] = [];
  for (let v = to; v !== from; v = parent.get(v)!) {
    relations.push(parentEdge.get(v)!);
    entities.push(parent.get(v)!);
  }
  return { entities: entities.reverse(), relations: relations.reverse() };
}
