/**
 * The depth-limited neighbourhood of an entity, ignoring edge direction: the entities within
 * `depth` steps (closest first, optionally only some types, at most `limit`) and every relation
 * between two of them. The explorer draws this subgraph.
 */
import type { GraphStore } from "./store.ts";

/** Options of a neighbourhood query. */
export interface NeighborhoodOptions {
  depth: number;
  /** Entity type codes to keep (the centre is always kept); undefined keeps all. */
  typeCodes?: ReadonlySet<number> | undefined;
  limit: number;
}

/** A neighbourhood: entity indices in BFS order, edge indices ascending, and the untruncated count. */
export interface Neighborhood {
  entities: number[];
  relations: number[];
  totalEntities: number;
  truncated: boolean;
}

/** Computes the neighbourhood of entity `center`. */
export function neighborhood(store: GraphStore, center: number, options: NeighborhoodOptions): Neighborhood {
  const seen = new Set<number>([center]);
  const order: number[] = [center];
  let frontier = [center];
  for (let d = 1; d <= options.depth && frontier.length > 0; d++) {
    const next: number[] = [];
    for (const v of frontier) {
      for (const csr of [store.out, store.in]) {
        for (let s = csr.offsets[v]!; s < csr.offsets[v + 1]!; s++) {
          const w = csr.targets[s]!;
          if (seen.has(w)) continue;
          seen.add(w);
          next.push(w);
          order.push(w);
        }
      }
    }
    frontier = next;
  }
  const kept = options.typeCodes
    ? order.filter((v) => v === center || options.typeCodes?.has(store.entityType[v]!))
    : order;
  const entities = kept.slice(0, options.limit);
  const inSet = new Set(entities);
  const relations: number[] = [];
  for (const v of entities) {
    for (let s = store.out.offsets[v]!; s < store.out.offsets[v + 1]!; s++) {
      if (inSet.has(store.out.targets[s]!)) relations.push(store.out.edges[s]!);
    }
  }
  relations.sort((a, b) => a - b);
  return { entities, relations, totalEntities: kept.length, truncated: kept.length > entities.length };
}
